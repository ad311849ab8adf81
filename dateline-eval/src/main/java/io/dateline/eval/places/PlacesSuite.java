package io.dateline.eval.places;

import io.dateline.eval.EvalContext;
import io.dateline.eval.EvalReport;
import io.dateline.eval.EvalSuite;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.PlaceMention;
import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code dateline eval places}: runs the pipeline on LGL / TR-News and scores it beside the stored baselines found in
 * {@code baselines/} next to each corpus ({@code <CORPUS>_<System>.txt}, e.g. LGL_CLAVIN.txt), all with
 * {@link GeoScorer}. Baseline lines that do not fit their article are dropped and counted ("misaligned").
 */
public final class PlacesSuite implements EvalSuite {
    @Override
    public String name() {
        return "places";
    }

    @Override
    public List<String> defaultPaths() {
        return List.of("places/lgl.xml", "places/tr-news.xml");
    }

    @Override
    public EvalReport run(List<Path> paths, Pipeline pipeline, EvalContext context) throws IOException {
        List<EvalReport.Row> rows = new ArrayList<>();
        for (Path path : paths) {
            List<GoldArticle> corpus = GeoCorpusReader.read(path);
            String dataset = datasetName(path);
            rows.add(new EvalReport.Row(dataset, "dateline", scoreOurs(corpus, pipeline)));
            for (Map.Entry<String, Path> b : baselines(path).entrySet()) {
                rows.add(new EvalReport.Row(dataset, b.getKey(), scoreStored(corpus, b.getValue())));
            }
        }
        return new EvalReport(name(), rows);
    }

    static String datasetName(Path corpus) {
        String f = corpus.getFileName().toString();
        return f.endsWith(".xml") ? f.substring(0, f.length() - 4) : f;
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Stored outputs for this corpus: baselines/PREFIX_System.txt where PREFIX matches the corpus file name. */
    static Map<String, Path> baselines(Path corpus) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        Path dir = corpus.toAbsolutePath().getParent().resolve("baselines");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        String want = squash(datasetName(corpus));
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                int us = name.lastIndexOf('_');
                if (Files.isRegularFile(f) && name.endsWith(".txt") && us > 0
                        && squash(name.substring(0, us)).equals(want)) {
                    out.put(name.substring(us + 1, name.length() - 4), f);
                }
            }
        }
        Path gold = dir.resolve("gold");
        if (Files.isDirectory(gold)) {
            try (var files = Files.list(gold)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    int us = name.lastIndexOf('_');
                    if (us > 0 && squash(name.substring(0, us)).equals(want)) {
                        out.put("gold-file", f); // the published gold lines: a check of reader and alignment
                    }
                }
            }
        }
        return out;
    }

    static Map<String, Double> scoreStored(List<GoldArticle> corpus, Path file) throws IOException {
        List<List<Toponym>> lines = BaselineReader.read(file);
        GeoScorer scorer = new GeoScorer();
        int misaligned = Math.abs(lines.size() - corpus.size());
        for (int i = 0; i < Math.min(lines.size(), corpus.size()); i++) {
            List<Toponym> aligned = Alignment.align(corpus.get(i).text(), lines.get(i));
            if (aligned == null) {
                misaligned++;
                continue;
            }
            scorer.add(corpus.get(i).toponyms(), aligned);
        }
        Map<String, Double> m = new java.util.LinkedHashMap<>(scorer.metrics());
        m.put("misaligned", (double) misaligned);
        return m;
    }

    static Map<String, Double> scoreOurs(List<GoldArticle> corpus, Pipeline pipeline) {
        List<List<Toponym>> predictions = corpus.parallelStream().map(a -> {
            Article article = new Article(a.docid(), a.docid(), null, null, null, a.text(), List.of(), null);
            AnnotatedArticle done = pipeline.process(article);
            List<Toponym> list = new ArrayList<>();
            for (PlaceMention p : done.places()) {
                list.add(new Toponym(p.start(), p.end(), p.text(), p.lat() == null ? Double.NaN : p.lat(),
                        p.lon() == null ? Double.NaN : p.lon(), true));
            }
            list.sort(Comparator.comparingInt(Toponym::start));
            return list;
        }).toList();
        GeoScorer scorer = new GeoScorer();
        for (int i = 0; i < corpus.size(); i++) {
            scorer.add(corpus.get(i).toponyms(), predictions.get(i));
        }
        Map<String, Double> m = new java.util.LinkedHashMap<>(scorer.metrics());
        m.put("misaligned", 0.0);
        return m;
    }
}
