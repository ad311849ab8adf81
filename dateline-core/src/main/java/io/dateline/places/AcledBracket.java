package io.dateline.places;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * ACLED's location bracket after a town, "Kidal (Kidal, Kidal)" or "Tripoli (Tripoli, North)": admin2 and admin1 of
 * the town. Read by hand, bounded to one short bracket right after the name.
 */
final class AcledBracket {
    private static final int MAX_BRACKET = 80;
    /** Admin1 words that only say "region" ("North Governorate", "Homs Province"). */
    private static final Set<String> ADMIN_WORDS = Set.of("governorate", "province", "region", "state", "oblast",
            "district", "division", "muhafazat", "wilayah", "department");

    private AcledBracket() {
    }

    /** The admin1 part of a "(admin2, admin1)" bracket starting right after {@code end}, or null. */
    static String admin1After(String text, int end) {
        int i = end;
        while (i < text.length() && i - end < 2 && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '(') {
            return null;
        }
        int close = -1;
        int comma = -1;
        for (int k = i + 1; k < text.length() && k - i <= MAX_BRACKET; k++) {
            char ch = text.charAt(k);
            if (ch == ')') {
                close = k;
                break;
            }
            if (ch == '(' || ch == '.' && k + 1 < text.length() && text.charAt(k + 1) == ' ') {
                return null;
            }
            if (ch == ',') {
                comma = k;
            }
        }
        if (close < 0 || comma < 0) {
            return null;
        }
        String admin1 = text.substring(comma + 1, close).strip();
        return admin1.isEmpty() || !Character.isUpperCase(admin1.charAt(0)) ? null : admin1;
    }

    /** The bracket's admin1 names the gazetteer's admin1: equal, or its words all in it ("North" ~ "North Lebanon"). */
    static boolean sameAdmin1(String bracketKey, String gazetteerKey) {
        if (bracketKey.isEmpty() || gazetteerKey.isEmpty()) {
            return false;
        }
        if (bracketKey.equals(gazetteerKey)) {
            return true;
        }
        List<String> words = Arrays.asList(gazetteerKey.split(" "));
        for (String part : bracketKey.split(" ")) {
            if (!ADMIN_WORDS.contains(part) && !words.contains(part)) {
                return false;
            }
        }
        return true;
    }
}
