package io.dateline.eval.places;

/**
 * A toponym span with its coordinates; lat/lon are NaN when the system gave none. {@code linked} is false for gold
 * toponyms without a gazetteer entry (streets, buildings): those are neither required nor penalised.
 */
public record Toponym(int start, int end, String text, double lat, double lon, boolean linked) {
    public boolean hasCoordinates() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
}
