/** Token-overlap precision and recall of three extractors against the expected texts (*.expected.txt). */
import io.dateline.ingest.MainContentExtractor;
import net.dankito.readability4j.Readability4J;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.file.*;
import java.util.*;
import java.util.function.Function;
import java.util.regex.*;

public class CompareExtractors {
  static final Pattern TOK = Pattern.compile("[\\p{L}]+|\\d+");
  static Map<String,Integer> bag(String s) {
    Map<String,Integer> m = new HashMap<>(); Matcher x = TOK.matcher(s.toLowerCase());
    while (x.find()) m.merge(x.group(), 1, Integer::sum); return m;
  }
  static int size(Map<String,Integer> m) { return m.values().stream().mapToInt(i->i).sum(); }
  public static void main(String[] a) throws Exception {
    Path dir = Paths.get(a[0]);
    Map<String, Function<String,String>> ex = new LinkedHashMap<>();
    ex.put("dateline", h -> new MainContentExtractor().extract(h, "x").text());
    ex.put("readability4j", h -> { var art = new Readability4J("https://example.org/a", h).parse(); return art.getTextContent() == null ? "" : art.getTextContent(); });
    ex.put("boilerpipe", h -> { try { return ArticleExtractor.INSTANCE.getText(h); } catch (Exception e) { return "ERR " + e; } });
    boolean show = a.length > 1;
    for (var e : ex.entrySet()) {
      double sp = 0, sr = 0; int n = 0; long ov = 0, outT = 0, expT = 0;
      StringBuilder rows = new StringBuilder();
      try (var files = Files.list(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
          String html = Files.readString(p);
          String exp = Files.readString(Paths.get(p.toString().replace(".html", ".expected.txt")));
          String out;
          try { out = e.getValue().apply(html); } catch (Throwable t) { out = ""; rows.append("  THREW " + t + "\n"); }
          var o = bag(out); var x = bag(exp);
          int overlap = 0; for (var en : o.entrySet()) overlap += Math.min(en.getValue(), x.getOrDefault(en.getKey(), 0));
          double P = size(o) == 0 ? (size(x) == 0 ? 1 : 0) : (double) overlap / size(o);
          double R = size(x) == 0 ? 1 : (double) overlap / size(x);
          ov += overlap; outT += size(o); expT += size(x);
          sp += P; sr += R; n++;
          rows.append(String.format("  %-22s P=%.3f R=%.3f%n", p.getFileName(), P, R));
          if (show && e.getKey().equals(a[1])) rows.append("----\n" + out + "\n----\n");
        }
      }
      System.out.printf("%s: macro P=%.3f R=%.3f | micro P=%.3f R=%.3f%n%s", e.getKey(), sp/n, sr/n, (double)ov/outT, (double)ov/expT, rows);
    }
  }
}
