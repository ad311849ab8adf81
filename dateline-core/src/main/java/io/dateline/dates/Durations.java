package io.dateline.dates;

/** ISO 8601 duration values for a count of units (unit codes as in the lexicon: D, W, M, Y, H, MIN, ...). */
final class Durations {
    private Durations() {
    }

    /** n and a half units: PT5H30M, P2Y6M, P3DT12H; null where ISO has no exact form we use. */
    static String half(String unit, int n) {
        return switch (unit) {
            case "MIN" -> "PT" + n + "M30S";
            case "H" -> "PT" + n + "H30M";
            case "D" -> "P" + n + "DT12H";
            case "Y" -> "P" + n + "Y6M";
            default -> null;
        };
    }

    /** P3D, PT2H, P10Y for a decade; n = -1 for an unknown number (PXY). */
    static String of(String unit, int n) {
        String x = n < 0 ? "X" : Integer.toString(n);
        return switch (unit) {
            case "S" -> "PT" + x + "S";
            case "MIN" -> "PT" + x + "M";
            case "H" -> "PT" + x + "H";
            case "D" -> "P" + x + "D";
            case "W" -> "P" + x + "W";
            case "WE" -> "P" + x + "WE";
            case "FN" -> n < 0 ? "PXW" : "P" + 2 * n + "W";
            case "M" -> "P" + x + "M";
            case "Q" -> "P" + x + "Q";
            case "Y" -> "P" + x + "Y";
            case "DE" -> n < 0 ? "PXDE" : "P" + 10 * n + "Y";
            case "CE" -> n < 0 ? "PXCE" : "P" + 100 * n + "Y";
            default -> null;
        };
    }
}
