package io.dateline.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the gazetteer entry a mention refers to: population and feature prior, the document's countries and named
 * first-level areas (Syrian news → Syrian Homs), an explicit qualifier ("Dublin, Ohio") and distance to the other
 * places of the document.
 */
final class PlaceResolver {
    private final Gazetteer g;

    PlaceResolver(Gazetteer gazetteer) {
        this.g = gazetteer;
    }

    /** What the rest of the document says about where it is. */
    static final class Context {
        final Map<String, Double> countries = new HashMap<>();
        final Set<Integer> admin1s = new HashSet<>();
        final Map<Integer, Integer> admin1Votes = new HashMap<>();
        /** Distinct resolved points, at most {@link #MAX_POINTS}: a repeated place adds nothing to "nearest". */
        static final int MAX_POINTS = 512;
        double[] lats = new double[16];
        double[] lons = new double[16];
        int points;
        private final Set<Long> seen = new HashSet<>();
        double total;

        double countryShare(String cc) {
            return total == 0 ? 0 : countries.getOrDefault(cc, 0.0) / total;
        }

        void addPoint(double lat, double lon) {
            if (points == MAX_POINTS || !seen.add(Double.doubleToLongBits(lat) * 31 + Double.doubleToLongBits(lon))) {
                return;
            }
            if (points == lats.length) {
                lats = java.util.Arrays.copyOf(lats, points * 2);
                lons = java.util.Arrays.copyOf(lons, points * 2);
            }
            lats[points] = lat;
            lons[points++] = lon;
        }
    }

    /** Prior weight of a name for recognition: how place-like it is without context. */
    double recognitionPrior(Candidate c, String phraseKey) {
        if (c.demonym()) {
            return 1.5;
        }
        boolean adminWord = ADMIN_WORDS.contains(lastWord(phraseKey));
        double best = 0;
        for (int p : c.postings()) {
            int e = p >> 1;
            double w = switch (g.kind(e)) {
                case Gazetteer.COUNTRY, Gazetteer.ADMIN1, Gazetteer.REGION -> 2.0;
                // a district named like a surname ("Jones") is no evidence; "Jones County" is
                case Gazetteer.ADMIN2 -> adminWord ? 2.0 : 0.3;
                case Gazetteer.EXTRA -> 1.6;
                default -> {
                    int pop = g.population(e);
                    yield pop >= 1_000_000 ? 1.8 : pop >= 100_000 ? 1.2 : pop >= 20_000 ? 0.6
                            : pop >= 5_000 ? 0.3 : 0.0;
                }
            };
            best = Math.max(best, w);
        }
        return best - (c.loose() ? 0.4 : 0);
    }

    /**
     * The best entry for a candidate and a confidence, as {entry, confidence*1000}.
     *
     * @param phraseKey normalised surface form, to favour entries whose main name it is
     * @param qualifier postings of a name after a comma ("Dublin, Ohio"), or empty
     */
    int[] resolve(Candidate c, String phraseKey, int[] qualifier, Context ctx) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        int[] postings = c.postings();
        int limit = Math.min(postings.length, 60);
        long keyHash = PlaceKeys.hash(phraseKey);
        boolean adminWord = ADMIN_WORDS.contains(lastWord(phraseKey));
        boolean countrysName = false;
        for (int k = 0; k < limit && !countrysName; k++) {
            countrysName = g.kind(postings[k] >> 1) == Gazetteer.COUNTRY;
        }
        for (int k = 0; k < limit; k++) {
            int p = postings[k];
            int e = p >> 1;
            double s = score(e, (p & 1) == 1, c.loose(), keyHash, adminWord, countrysName, qualifier, ctx);
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = e;
            } else if (s > second) {
                second = s;
            }
        }
        double margin = second == Double.NEGATIVE_INFINITY ? 4 : bestScore - second;
        double confidence = 1 / (1 + Math.exp(-(margin - 0.5)));
        return new int[] {best, (int) Math.round(confidence * 1000)};
    }

    private static final java.util.Set<String> ADMIN_WORDS = java.util.Set.of("county", "parish", "borough",
            "district", "township", "twp.", "municipality", "province", "governorate", "region", "shire");

    private double score(int e, boolean demonym, boolean loose, long keyHash, boolean adminWord,
                         boolean countrysName, int[] qualifier, Context ctx) {
        byte kind = g.kind(e);
        double s = 0.45 * Math.log10(g.population(e) + 1.0);
        s += switch (kind) {
            case Gazetteer.COUNTRY -> 4;
            case Gazetteer.ADMIN1 -> 1.8 - 0.15 * Math.log10(g.population(e) + 1.0);
            case Gazetteer.REGION -> 3;
            case Gazetteer.EXTRA -> 2;
            case Gazetteer.ADMIN2 -> adminWord ? 1 : -4;
            default -> switch (g.feature(e)) {
                case "PPLC" -> 2;
                case "PPLA" -> 1;
                case "PPLA2" -> 0.3;
                default -> 0;
            };
        };
        if (demonym) {
            s += 2;
        }
        // the area's own name beats a town's alternate name (Missouri, not a town once called so); in a story
        // about its country, a capital named like its capital district ("Mali's capital Bamako") is such a seat,
        // unless the name is also the country's (Guatemala)
        boolean capitalAtHome = "PPLC".equals(g.feature(e)) && !countrysName && ctx.countryShare(g.country(e)) > 0;
        boolean namesItsArea = kind == Gazetteer.CITY && !loose && ("PPLA".equals(g.feature(e)) || capitalAtHome)
                && g.isAdmin1Name(e, keyHash);
        boolean seat = namesItsArea || kind == Gazetteer.CITY && !loose && "PPLC".equals(g.feature(e));
        if (seat) {
            // "Baghdad", "Aleppo", "Deir ez-Zor": the seat, not the province it names; news means the city
            s += namesItsArea ? 4 : 3;
        } else if (g.isMainName(e, keyHash)) {
            s += kind == Gazetteer.COUNTRY || kind == Gazetteer.ADMIN1 ? 3 : 1;
        } else if (kind == Gazetteer.CITY && !demonym && !loose) {
            s -= 1;
        } else if (kind == Gazetteer.ADMIN1 && !demonym) {
            s -= 1.5; // "Deir ez-Zor" names the city more often than its governorate
        }
        String cc = g.country(e);
        // a country's other mentions say little about which of its towns: spatial closeness does that
        // (a seat named like its area stands for that area here too)
        s += (kind == Gazetteer.CITY && !namesItsArea ? 2 : 4) * ctx.countryShare(cc);
        int a1 = g.admin1(e);
        if (a1 >= 0 && ctx.admin1s.contains(a1) && kind != Gazetteer.ADMIN1) {
            s += 4;
        } else if (a1 >= 0 && ctx.admin1Votes.containsKey(a1) && kind != Gazetteer.ADMIN1) {
            s += Math.min(1.5, 0.5 * ctx.admin1Votes.get(a1));
        }
        for (int q : qualifier) {
            int qe = q >> 1;
            if ((g.kind(qe) == Gazetteer.ADMIN1 && g.admin1(qe) == a1 && a1 >= 0)
                    || (g.kind(qe) == Gazetteer.COUNTRY && g.country(qe).equals(cc))) {
                s += 8;
                break;
            }
        }
        if (kind == Gazetteer.CITY || kind == Gazetteer.EXTRA || kind == Gazetteer.ADMIN2) {
            double d = nearest(g.lat(e), g.lon(e), ctx);
            if (d < 30) {
                s += 4;
            } else if (d < 80) {
                s += 3;
            } else if (d < 200) {
                s += 1.5;
            }
        }
        return s;
    }

    private static String lastWord(String key) {
        int sp = key.lastIndexOf(' ');
        return sp < 0 ? key : key.substring(sp + 1);
    }

    static double nearest(double lat, double lon, Context ctx) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < ctx.points; i++) {
            best = Math.min(best, Distance.km(lat, lon, ctx.lats[i], ctx.lons[i]));
        }
        return best;
    }

    /** Adds a resolved mention to the context. */
    void learn(int e, Context ctx, boolean addPoint) {
        byte kind = g.kind(e);
        String cc = g.country(e);
        if (!cc.isEmpty()) {
            ctx.countries.merge(cc, 1.0, Double::sum);
            ctx.total += 1;
        }
        if (kind == Gazetteer.ADMIN1) {
            ctx.admin1s.add(g.admin1(e));
        } else if (g.admin1(e) >= 0) {
            ctx.admin1Votes.merge(g.admin1(e), 1, Integer::sum);
        }
        if (addPoint && (kind == Gazetteer.CITY || kind == Gazetteer.EXTRA || kind == Gazetteer.ADMIN2)) {
            ctx.addPoint(g.lat(e), g.lon(e));
        }
    }

}
