package io.dateline.places;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalised lookup keys for place names. The exact key folds case, diacritics, apostrophes, hyphens and spacing and
 * spells out "St."/"Ft."/"Mt."; the loose key (used for Arabic-script transliterations only) also drops articles,
 * vowels after the first letter and doubled letters, so that Deir Ezzor ~ Deir ez-Zor and Mayadeen ~ Al Mayadin.
 */
public final class PlaceKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el", "ad", "ar", "as", "an", "at",
            "az", "ash", "ath", "ez", "es", "er", "ed", "en", "ul", "il", "l");

    private PlaceKeys() {
    }

    /** Lower-case, diacritic-free, single-spaced key; periods of abbreviations are kept ("w.va."). */
    public static String exact(CharSequence name) {
        String s = name.toString();
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bf' || c == '\u02be'
                    || c == '\u02bb' || c == '\u02bc') {
                // apostrophes and ayn/hamza marks vanish: Izra' ~ Izra, O'Fallon ~ OFallon
                continue;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') {
            b.setLength(len - 1);
        }
        String key = b.toString();
        if (key.indexOf('.') >= 0 || key.startsWith("st ") || key.contains(" st ") || key.startsWith("ft ")
                || key.startsWith("mt ")) {
            key = expandAbbreviations(key);
        }
        return key;
    }

    private static String expandAbbreviations(String key) {
        String[] words = key.split(" ");
        StringBuilder b = new StringBuilder(key.length() + 8);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i < words.length - 1) {
                w = switch (w) {
                    case "st.", "st", "ste." -> "saint";
                    case "ft.", "ft" -> "fort";
                    case "mt.", "mt" -> "mount";
                    default -> w;
                };
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }

    /** Consonant skeleton of a transliterated Arabic-script name; null when too short to be safe. */
    public static String loose(CharSequence name) {
        String[] words = exact(name).replace(".", "").split(" ");
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || (ARTICLES.contains(w) && i < words.length - 1)) {
                continue;
            }
            if (i == 0 && words.length == 1 && (w.startsWith("al") || w.startsWith("el")) && w.length() > 5) {
                w = w.substring(2);
            }
            joined.append(w);
        }
        if (joined.length() == 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        b.append(vowelClass(joined.charAt(0)));
        for (int i = 1; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (isVowel(c)) {
                continue;
            }
            if (c == 'h' && i == joined.length() - 1 && isVowel(joined.charAt(i - 1))) {
                continue; // ta marbuta: Khafsah ~ Khafsa
            }
            if (c == 'q') {
                c = 'k';
            }
            if (b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.length() < 3 ? null : b.toString();
    }

    private static char vowelClass(char c) {
        return isVowel(c) ? 'a' : (c == 'q' ? 'k' : c);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** 64-bit FNV-1a with a final mix: the index stores hashes, not strings. */
    public static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
