package io.dateline.store;

import io.dateline.places.Distance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decides whether two article events report the same real-world event, and says why. Tolerances follow the
 * precision each source gives: a day-precise date may be off by a day of reporting lag, a week-precise one by a week;
 * an exact place by a few km, a region by 100 km. Different articles only: two events of one article are two events.
 */
final class MergeRule {
    private MergeRule() {
    }

    /** Why two events merge: the text is built only for the candidate chosen (formatting cost more than the test). */
    record Match(String type, long days, double km, String country, String actors) {
        /**
         * Lower is closer: days apart plus tens of km apart (50 km when either has no coordinates), to pick the best
         * of several compatible candidates.
         */
        double distance() {
            return days + (Double.isNaN(km) ? 50 : km) / 10;
        }

        String reason() {
            // Built by hand: a formatter per merged event cost more than the merge test.
            StringBuilder text = new StringBuilder(112).append("same type ").append(type).append("; dates ")
                    .append(days).append(" day(s) apart; ");
            if (country != null) {
                text.append("same country ").append(country).append(" (no coordinates)");
            } else {
                // As %.1f does: half up on the shortest decimal form of the double.
                text.append(BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP).toPlainString())
                        .append(" km apart");
            }
            return text.append("; ").append(actors).toString();
        }
    }

    /** Why they merge, or null when they must stay apart. */
    static Match match(MergeFacts a, MergeFacts b) {
        if (a.articleId().equals(b.articleId())) {
            return null;
        }
        String type = sameType(a, b);
        if (type == null || a.date() == null || b.date() == null) {
            return null;
        }
        long days = Math.abs(a.date().toEpochDay() - b.date().toEpochDay());
        if (days > dayTolerance(a.timePrecision()) + dayTolerance(b.timePrecision()) - 1) {
            return null;
        }
        double km = Double.NaN;
        String country = null;
        if (!Double.isNaN(a.lat()) && !Double.isNaN(b.lat())) {
            double allowed = Math.max(radiusKm(a.geoPrecision()), radiusKm(b.geoPrecision()));
            // The great-circle distance is at least the latitude difference (111.2 km a degree): most candidates
            // of a grid neighbourhood stop here, before the trigonometry.
            if (Math.abs(a.lat() - b.lat()) * 111.0 > allowed) {
                return null;
            }
            km = Distance.km(a.lat(), a.lon(), b.lat(), b.lon());
            if (km > allowed) {
                return null;
            }
        } else if (a.country() != null && a.country().equals(b.country())) {
            country = a.country();
        } else {
            return null;
        }
        String actors = compatibleActors(a, b);
        return actors == null ? null : new Match(type, days, km, country, actors);
    }

    private static String sameType(MergeFacts a, MergeFacts b) {
        if (a.eventType() != null && a.eventType().equals(b.eventType())) {
            if (a.subEventType() != null && b.subEventType() != null && !a.subEventType().equals(b.subEventType())) {
                return null;
            }
            return a.subEventType() != null ? a.subEventType() : a.eventType();
        }
        if (a.eventType() == null && b.eventType() == null && a.plover() != null && a.plover().equals(b.plover())) {
            return a.plover();
        }
        return null;
    }

    /** 1 day of reporting lag for day precision, a week for week precision, a month otherwise. */
    static int dayTolerance(int timePrecision) {
        return switch (timePrecision) {
            case 1 -> 1;
            case 2 -> 7;
            default -> 31;
        };
    }

    static double radiusKm(Integer geoPrecision) {
        if (geoPrecision == null) {
            return 100;
        }
        return switch (geoPrecision) {
            case 1 -> 10;
            case 2 -> 25;
            default -> 100;
        };
    }

    private static String compatibleActors(MergeFacts a, MergeFacts b) {
        if (a.actor1() == null || b.actor1() == null) {
            return "actor1 unknown in one source";
        }
        if (a.actor1().equalsIgnoreCase(b.actor1())) {
            return "same actor1 " + a.actor1();
        }
        if (a.actor1().equalsIgnoreCase(b.actor2()) && b.actor1().equalsIgnoreCase(a.actor2())) {
            return "same actors, roles swapped";
        }
        if (a.actor1Kind() != null && a.actor1Kind().equals(b.actor1Kind())
                && ("unknown".equals(a.actor1Kind()) || a.actor1Country() == null
                || a.actor1Country().equals(b.actor1Country()))) {
            return "actor1 of the same kind " + a.actor1Kind();
        }
        return null;
    }
}
