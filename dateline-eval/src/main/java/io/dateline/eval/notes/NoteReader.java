package io.dateline.eval.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads notes from JSON Lines: one object per line with {@code id}, {@code published}, {@code text},
 * {@code sub_event_type}, {@code event_date}, {@code location}, {@code lat}, {@code lon}, {@code fatalities}.
 * Blank lines and lines starting with {@code #} (the provenance header) are skipped.
 */
public final class NoteReader {
    /** The team-written development set shipped with this module (rules were improved against it). */
    public static final String BUNDLED = "acled-style-notes.jsonl";
    /** A second team-written set, written blind to the system on 2026-12-02 and never used to improve it. */
    public static final String HELD_OUT = "acled-style-notes-holdout.jsonl";
    /** A third team-written set, written blind by another team member on 2026-12-02, first scored 2026-12-03. */
    public static final String HELD_OUT_2 = "acled-style-notes-holdout2.jsonl";
    /** A fourth team-written set, written blind on 2026-12-03 after the rules were fitted to the two above. */
    public static final String HELD_OUT_3 = "acled-style-notes-holdout3.jsonl";
    /** A fifth team-written set, written blind on 2026-12-03 after the rules were fitted to the three above. */
    public static final String HELD_OUT_4 = "acled-style-notes-holdout4.jsonl";
    /** A sixth team-written set, written blind on 2026-12-03 while the rules were fitted to the fifth. */
    public static final String HELD_OUT_5 = "acled-style-notes-holdout5.jsonl";
    /** A seventh team-written set, written blind on 2026-12-03 while the rules were fitted to the fifth and sixth. */
    public static final String HELD_OUT_6 = "acled-style-notes-holdout6.jsonl";
    /** An eighth team-written set, written blind on 2026-12-03 while the rules were fitted to the sixth. */
    public static final String HELD_OUT_7 = "acled-style-notes-holdout7.jsonl";
    /** A ninth team-written set, written blind on 2026-12-03 while the rules were fitted to the seventh. */
    public static final String HELD_OUT_8 = "acled-style-notes-holdout8.jsonl";
    /** A tenth team-written set, written blind on 2026-12-03 while the rules were fitted to the eighth. */
    public static final String HELD_OUT_9 = "acled-style-notes-holdout9.jsonl";
    /** An eleventh team-written set, written blind on 2026-12-03 while the rules were fitted to the ninth. */
    public static final String HELD_OUT_10 = "acled-style-notes-holdout10.jsonl";
    /** A twelfth team-written set, written blind on 2026-12-03 while the rules were fitted to the tenth. */
    public static final String HELD_OUT_11 = "acled-style-notes-holdout11.jsonl";
    /** A thirteenth team-written set, written blind on 2026-12-03 and scored once, before the last rules. */
    public static final String HELD_OUT_12 = "acled-style-notes-holdout12.jsonl";
    /** A fourteenth team-written set, written blind on 2026-12-03 and scored once with the day's final rules. */
    public static final String HELD_OUT_13 = "acled-style-notes-holdout13.jsonl";
    /** A fifteenth team-written set, written blind on 2026-12-03 (fourth session) and first scored before study. */
    public static final String HELD_OUT_14 = "acled-style-notes-holdout14.jsonl";
    /** A sixteenth team-written set, written blind alongside the fifteenth, on less reported regions. */
    public static final String HELD_OUT_15 = "acled-style-notes-holdout15.jsonl";
    /** A seventeenth team-written set, written blind on 2026-12-03 (fourth session), first scored after two rounds. */
    public static final String HELD_OUT_16 = "acled-style-notes-holdout16.jsonl";
    /** The eighteenth to twentieth team-written sets, written blind together by three teammates on 2026-12-03 (fifth
     * session) and scored once on arrival. */
    public static final String HELD_OUT_17 = "acled-style-notes-holdout17.jsonl";
    public static final String HELD_OUT_18 = "acled-style-notes-holdout18.jsonl";
    public static final String HELD_OUT_19 = "acled-style-notes-holdout19.jsonl";
    /** Two more written blind together later in the fifth session and scored once on arrival, after its rounds. */
    public static final String HELD_OUT_20 = "acled-style-notes-holdout20.jsonl";
    public static final String HELD_OUT_21 = "acled-style-notes-holdout21.jsonl";
    public static final String HELD_OUT_22 = "acled-style-notes-holdout22.jsonl";
    public static final String HELD_OUT_23 = "acled-style-notes-holdout23.jsonl";
    public static final String HELD_OUT_24 = "acled-style-notes-holdout24.jsonl";
    public static final String HELD_OUT_25 = "acled-style-notes-holdout25.jsonl";
    public static final String HELD_OUT_26 = "acled-style-notes-holdout26.jsonl";
    public static final String HELD_OUT_27 = "acled-style-notes-holdout27.jsonl";
    public static final String HELD_OUT_28 = "acled-style-notes-holdout28.jsonl";
    public static final String HELD_OUT_29 = "acled-style-notes-holdout29.jsonl";
    public static final String HELD_OUT_30 = "acled-style-notes-holdout30.jsonl";
    public static final String HELD_OUT_31 = "acled-style-notes-holdout31.jsonl";
    public static final String HELD_OUT_32 = "acled-style-notes-holdout32.jsonl";
    public static final String HELD_OUT_33 = "acled-style-notes-holdout33.jsonl";
    public static final String HELD_OUT_34 = "acled-style-notes-holdout34.jsonl";
    public static final String HELD_OUT_35 = "acled-style-notes-holdout35.jsonl";
    public static final String HELD_OUT_36 = "acled-style-notes-holdout36.jsonl";
    /** The held-out sets in the order they were written. */
    public static final List<String> HELD_OUT_SETS = List.of(HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4,
            HELD_OUT_5, HELD_OUT_6, HELD_OUT_7, HELD_OUT_8, HELD_OUT_9, HELD_OUT_10, HELD_OUT_11, HELD_OUT_12,
            HELD_OUT_13, HELD_OUT_14, HELD_OUT_15, HELD_OUT_16, HELD_OUT_17, HELD_OUT_18,
            HELD_OUT_19, HELD_OUT_20, HELD_OUT_21, HELD_OUT_22, HELD_OUT_23, HELD_OUT_24, HELD_OUT_25, HELD_OUT_26,
            HELD_OUT_27, HELD_OUT_28, HELD_OUT_29, HELD_OUT_30, HELD_OUT_31,
            HELD_OUT_32, HELD_OUT_33, HELD_OUT_34, HELD_OUT_35, HELD_OUT_36);

    private static final ObjectMapper JSON = new ObjectMapper();

    private NoteReader() {
    }

    public static List<Note> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    public static List<Note> readBundled() throws IOException {
        return readBundled(BUNDLED);
    }

    /** One of the sets shipped with this module: {@link #BUNDLED} or one of {@link #HELD_OUT_SETS}. */
    public static List<Note> readBundled(String name) throws IOException {
        InputStream stream = NoteReader.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IOException("missing resource " + name);
        }
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(in, name);
        }
    }

    static List<Note> read(Reader in, String where) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        List<Note> notes = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (!line.isBlank() && !line.startsWith("#")) {
                notes.add(parse(line, where + ":" + number));
            }
        }
        return notes;
    }

    static Note parse(String line, String where) throws IOException {
        JsonNode r;
        try {
            r = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IOException(where + ": not JSON: " + e.getOriginalMessage(), e);
        }
        for (String field : List.of("id", "published", "text", "sub_event_type", "event_date", "location")) {
            if (!r.path(field).isTextual()) {
                throw new IOException(where + ": missing text field " + field);
            }
        }
        for (String field : List.of("lat", "lon", "fatalities")) {
            if (!r.path(field).isNumber()) {
                throw new IOException(where + ": missing number " + field);
            }
        }
        String published = day(r, "published", where);
        String eventDate = day(r, "event_date", where);
        return new Note(r.get("id").asText(), published, r.get("text").asText(), r.get("sub_event_type").asText(),
                eventDate, r.get("location").asText(), r.get("lat").asDouble(), r.get("lon").asDouble(),
                r.get("fatalities").asInt());
    }

    private static String day(JsonNode r, String field, String where) throws IOException {
        String value = r.get(field).asText();
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new IOException(where + ": " + field + " is not an ISO day: " + value, e);
        }
    }
}
