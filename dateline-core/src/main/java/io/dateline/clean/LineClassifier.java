package io.dateline.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the kinds of line a scraped news page mixes into its stories: headlines, photo captions, page crumbs
 * (share buttons, bylines, timestamps, breadcrumbs) and separators. Patterns are anchored and only ever applied to
 * lines of bounded length, so their work is bounded.
 */
final class LineClassifier {
    private static final int MAX_SHORT_LINE = 200;
    private static final int MAX_TITLE_WORDS = 28;

    /** Ends with a photo credit: "(X)", "(Reuters)", "(Ministry of Interior)." or "Photo: AFP". */
    private static final Pattern CREDIT_END = Pattern.compile(
            "(?:\\([^()]{1,48}\\)\\.?|(?:photo|image|picture|credit|file photo)s?\\s*[:/|]\\s*[^.]{1,60}\\.?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_START = Pattern.compile(
            "^(?:photo|image|picture|file photo|caption|credit)s?\\s*[:|-]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|written by|reporting by|edited by)\\s+[\\p{Lu}][\\p{L}'.-]*(?:[ ,]+(?:and\\s+)?[\\p{L}][\\p{L}'.-]*){0,8}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^(?:(?:published|updated|posted|last updated|first published)\\b.{0,60}"
                    + "|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
                    + "(?:\\d{1,2}\\s+[a-z]{3,9}\\.?,?\\s+\\d{4}|[a-z]{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})"
                    + "(?:\\s*[-,|]?\\s*\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BREADCRUMB = Pattern.compile("^[\\p{L} &'-]{1,30}(?:\\s*[>»/›|]\\s*[\\p{L} &'-]{1,30}){1,6}$");
    private static final Pattern SEPARATOR = Pattern.compile("^[-_*=~#•·+ ]{3,}$");

    private final Set<String> crumbs;

    private LineClassifier(Set<String> crumbs) {
        this.crumbs = crumbs;
    }

    /** The classifier with the team's crumb list, loaded once. */
    static LineClassifier standard() {
        return Holder.STANDARD;
    }

    boolean isSeparator(String line) {
        return line.length() <= MAX_SHORT_LINE && line.length() >= 3 && SEPARATOR.matcher(line).matches();
    }

    /** Navigation, sharing, bylines, timestamps: page furniture, not story text. */
    boolean isCrumb(String line) {
        if (line.length() > MAX_SHORT_LINE) {
            return false;
        }
        String key = line.toLowerCase(Locale.ROOT).replaceAll("[\\s:|»›>•·]+$", "").strip();
        return crumbs.contains(key)
                || BYLINE.matcher(line).matches()
                || TIMESTAMP.matcher(key).matches()
                || (BREADCRUMB.matcher(line).matches() && line.split("[>»/›|]").length >= 2 && !line.contains(" / "));
    }

    /** A heading opening a related-links list ("Read more", "Related articles"): the short lines after it go too. */
    boolean opensLinkList(String line) {
        String key = line.toLowerCase(Locale.ROOT).replaceAll("[\\s:]+$", "");
        return key.equals("read more") || key.equals("related") || key.startsWith("related ")
                || key.equals("more stories") || key.equals("more from") || key.startsWith("more on ")
                || key.equals("most read") || key.equals("most popular") || key.equals("you may also like")
                || key.equals("recommended") || key.equals("latest news") || key.equals("see also")
                || key.equals("trending") || key.equals("also read");
    }

    boolean looksLikeCaption(String line) {
        if (line.length() > MAX_SHORT_LINE * 2) {
            return false;
        }
        return CAPTION_START.matcher(line).find() || CREDIT_END.matcher(line).find();
    }

    /** Short, no sentence-final stop, starts like a headline. */
    boolean looksLikeTitle(String line) {
        int n = line.length();
        if (n < 8 || n > MAX_SHORT_LINE) {
            return false;
        }
        char last = line.charAt(n - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '…') {
            return false;
        }
        char first = line.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '“' || first == '"' || first == '‘'
                || first == '\'')) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < n; i++) {
            if (line.charAt(i) == ' ') {
                words++;
            }
        }
        return words >= 2 && words <= MAX_TITLE_WORDS;
    }

    /** Reads like running text: long enough and with a sentence-final stop. */
    boolean looksLikeProse(String line) {
        return line.length() >= 40 && (endsLikeSentence(line) || line.length() > MAX_SHORT_LINE);
    }

    /** Ends with a sentence-final stop, allowing closing quotes and brackets after it. */
    boolean endsLikeSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"”’')] \t".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char last = line.charAt(i);
        return last == '.' || last == '!' || last == '?' || last == '…';
    }

    private static final class Holder {
        static final LineClassifier STANDARD = new LineClassifier(loadCrumbs());

        private static Set<String> loadCrumbs() {
            Set<String> set = new HashSet<>();
            try (InputStream in = LineClassifier.class.getResourceAsStream("crumbs.txt")) {
                if (in == null) {
                    throw new IllegalStateException("missing resource io/dateline/clean/crumbs.txt");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        set.add(entry.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(set);
        }
    }
}
