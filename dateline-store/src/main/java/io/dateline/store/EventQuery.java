package io.dateline.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Filters, sorting and paging over merged events, built from request parameters. Unknown parameters and bad values
 * are rejected with a message that names them, so the API can answer 400 instead of guessing.
 */
public final class EventQuery {
    public static final int MAX_LIMIT = 1000;
    private static final Set<String> SORTABLE = Set.of("event_date", "fatalities", "updated_at", "confidence",
            "source_count", "country", "event_type");
    private static final Map<String, String> EQUALS = Map.of(
            "country", "country", "admin1", "admin1", "event_type", "event_type",
            "sub_event_type", "sub_event_type", "plover", "plover", "status", "status", "category", "category");
    public static final Set<String> PARAMETERS = Set.of("country", "admin1", "event_type", "sub_event_type",
            "plover", "status", "category", "actor", "date_from", "date_to", "bbox", "q", "updated_since", "limit",
            "offset", "sort", "by");

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();
    private int limit = 50;
    private int offset;
    private String orderBy = "event_date DESC NULLS LAST, merged_id";

    /** Parses request parameters (first value of each). */
    public static EventQuery parse(Map<String, String> parameters) {
        EventQuery query = new EventQuery();
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            query.apply(p.getKey(), p.getValue());
        }
        return query;
    }

    private void apply(String name, String value) {
        if (!PARAMETERS.contains(name)) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'; known: " + new java.util.TreeSet<>(PARAMETERS));
        }
        if (value == null || value.isBlank()) {
            return;
        }
        switch (name) {
            case "actor" -> {
                conditions.add("(actor1 ILIKE ? ESCAPE '\\' OR actor2 ILIKE ? ESCAPE '\\' "
                        + "OR assoc_actor_1 ILIKE ? ESCAPE '\\' OR assoc_actor_2 ILIKE ? ESCAPE '\\')");
                String like = "%" + escapeLike(value) + "%";
                for (int i = 0; i < 4; i++) {
                    params.add(like);
                }
            }
            case "date_from" -> add("event_date >= ?", date(name, value));
            case "date_to" -> add("event_date <= ?", date(name, value));
            case "bbox" -> bbox(value);
            case "q" -> add("(evidence ILIKE ? ESCAPE '\\' OR location ILIKE ? ESCAPE '\\')", "%" + escapeLike(value) + "%",
                    "%" + escapeLike(value) + "%");
            case "updated_since" -> add("updated_at > ?", timestamp(name, value));
            case "limit" -> limit = integer(name, value, 1, MAX_LIMIT);
            case "offset" -> offset = integer(name, value, 0, Integer.MAX_VALUE);
            case "sort" -> sort(value);
            case "by" -> { }
            default -> add(EQUALS.get(name) + " = ?", value);
        }
    }

    private void add(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
    }

    private void bbox(String value) {
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox: not a number: " + parts[i]);
            }
        }
        if (v[0] > v[2] || v[1] > v[3] || v[1] < -90 || v[3] > 90) {
            throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat with min <= max");
        }
        add("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?", v[0], v[2], v[1], v[3]);
    }

    private void sort(String value) {
        boolean descending = value.startsWith("-");
        String field = descending ? value.substring(1) : value;
        if (!SORTABLE.contains(field)) {
            throw new IllegalArgumentException("sort: unknown field '" + field + "'; sortable: "
                    + new java.util.TreeSet<>(SORTABLE));
        }
        orderBy = field + (descending ? " DESC" : " ASC") + " NULLS LAST, merged_id";
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": not an ISO date (YYYY-MM-DD): " + value);
        }
    }

    private static java.sql.Timestamp timestamp(String name, String value) {
        try {
            if (value.length() == 10) {
                return java.sql.Timestamp.valueOf(LocalDate.parse(value).atStartOfDay());
            }
            return java.sql.Timestamp.from(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": not an ISO date or date-time with offset: " + value);
        }
    }

    private static int integer(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not an integer: " + value);
        }
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** WHERE clause (with the leading keyword) over live merged events. */
    public String where() {
        List<String> all = new ArrayList<>();
        all.add("NOT deleted");
        all.addAll(conditions);
        return " WHERE " + String.join(" AND ", all);
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    public String orderBy() {
        return " ORDER BY " + orderBy;
    }

    public int limit() {
        return limit;
    }

    public int offset() {
        return offset;
    }
}
