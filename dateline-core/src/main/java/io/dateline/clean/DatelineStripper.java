package io.dateline.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the dateline off the start of a body: "BAGHDAD (Reuters) -", "DAMASCUS, Syria (AP) —", "BEIRUT —". The place
 * must be upper case so that ordinary sentences ("Iraq - the country...") are left alone.
 */
final class DatelineStripper {
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.' -]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.' ]{1,30}?)?(?:\\s*\\([\\p{L}0-9 .&/-]{1,30}\\))?)"
                    + "\\s*[-–—:]+\\s+");

    private DatelineStripper() {
    }

    /** Returns {dateline, rest} or null when the paragraph does not start with a dateline. */
    static String[] strip(String paragraph) {
        if (paragraph.length() < 10) {
            return null;
        }
        Matcher m = DATELINE.matcher(paragraph.length() > 120 ? paragraph.substring(0, 120) : paragraph);
        if (!m.find()) {
            return null;
        }
        String head = m.group(1).strip();
        String place = head.contains("(") ? head.substring(0, head.indexOf('(')).strip() : head;
        String firstPart = place.contains(",") ? place.substring(0, place.indexOf(',')) : place;
        if (firstPart.length() < 3 || !firstPart.equals(firstPart.toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        return new String[] {head, paragraph.substring(m.end())};
    }
}
