package io.dateline.server;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ACLED's 31 export columns, filled from merged events, followed by Dateline's own columns. Interaction codes use
 * ACLED's actor-type names; fields we do not code (admin3, region, tags) stay empty rather than invented.
 */
final class AcledCsv {
    static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");
    static final List<String> EXTRA_COLUMNS = List.of("dateline_id", "category", "plover", "plover_mode", "status",
            "injured", "confidence", "source_count");

    private AcledCsv() {
    }

    static void header(Writer out) throws IOException {
        out.write(String.join(",", ACLED_COLUMNS));
        out.write(',');
        out.write(String.join(",", EXTRA_COLUMNS));
        out.write('\n');
    }

    static void row(Writer out, Map<String, Object> e) throws IOException {
        String date = str(e.get("event_date"));
        String inter1 = interName(str(e.get("actor1_kind")));
        String inter2 = interName(str(e.get("actor2_kind")));
        String iso2 = str(e.get("country"));
        Object[] values = {
            e.get("merged_id"), date, date.length() >= 4 ? date.substring(0, 4) : "", e.get("time_precision"),
            disorderType(str(e.get("category"))), e.get("event_type"), e.get("sub_event_type"), e.get("actor1"),
            e.get("assoc_actor_1"), inter1, e.get("actor2"), e.get("assoc_actor_2"), inter2,
            inter1.isEmpty() ? "" : inter2.isEmpty() ? inter1 + " only" : inter1 + "-" + inter2,
            "Violence against civilians".equals(e.get("event_type")) ? "Civilian targeting" : "",
            "", "", countryName(iso2), e.get("admin1"), e.get("admin2"), "", e.get("location"), e.get("latitude"),
            e.get("longitude"), e.get("geo_precision"), e.get("sources"), "", e.get("evidence"), e.get("fatalities"),
            "", e.get("epoch"),
            e.get("merged_id"), e.get("category"), e.get("plover"), e.get("plover_mode"), e.get("status"),
            e.get("injured"), e.get("confidence"), e.get("source_count")};
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(values[i] == null ? "" : values[i].toString()));
        }
        out.write('\n');
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    static String interName(String kind) {
        return switch (kind) {
            case "state_forces" -> "State forces";
            case "rebel" -> "Rebel group";
            case "militia" -> "Political militia";
            case "identity_militia" -> "Identity militia";
            case "rioters" -> "Rioters";
            case "protesters" -> "Protesters";
            case "civilians" -> "Civilians";
            case "external", "organization", "government", "unknown" -> "External/Other forces";
            default -> "";
        };
    }

    private static String disorderType(String category) {
        return switch (category) {
            case "political_violence" -> "Political violence";
            case "demonstration" -> "Demonstrations";
            case "strategic" -> "Strategic developments";
            default -> "";
        };
    }

    private static String countryName(String iso2) {
        if (iso2.length() != 2) {
            return "";
        }
        return new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
    }

    static String escape(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
