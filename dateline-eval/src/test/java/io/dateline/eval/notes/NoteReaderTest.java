package io.dateline.eval.notes;

import io.dateline.events.EventClass;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteReaderTest {
    private static final String LINE = "{\"id\": \"x1\", \"published\": \"2024-03-05\", \"text\": \"On 3 March 2024, "
            + "gunmen attacked Djibo.\", \"sub_event_type\": \"Attack\", \"event_date\": \"2024-03-03\", "
            + "\"location\": \"Djibo\", \"lat\": 14.1, \"lon\": -1.63, \"fatalities\": 0}";

    @Test
    void readsOneNoteSkippingCommentsAndBlankLines() throws IOException {
        List<Note> notes = NoteReader.read(new StringReader("# header\n\n" + LINE + "\n"), "test");
        assertEquals(List.of(new Note("x1", "2024-03-05", "On 3 March 2024, gunmen attacked Djibo.", "Attack",
                "2024-03-03", "Djibo", 14.1, -1.63, 0)), notes);
    }

    @Test
    void rejectsMissingFieldsAndBadDays() {
        assertThrows(IOException.class, () -> NoteReader.parse(LINE.replace("\"lat\": 14.1, ", ""), "t"));
        assertThrows(IOException.class, () -> NoteReader.parse(LINE.replace("2024-03-03", "3 March"), "t"));
        assertThrows(IOException.class, () -> NoteReader.parse("{not json", "t"));
    }

    /** Guards the team-written sets: ACLED names, unique ids, events not after publication, sane coordinates. */
    @Test
    void bundledSetsAreWellFormed() throws IOException {
        assertTrue(NoteReader.readBundled().size() >= 80);
        for (String set : NoteReader.HELD_OUT_SETS) {
            assertTrue(NoteReader.readBundled(set).size() >= 40, set);
        }
        Set<String> acledNames = Stream.of(EventClass.values()).map(EventClass::subEventType)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<String> sets = new java.util.ArrayList<>(List.of(NoteReader.BUNDLED));
        sets.addAll(NoteReader.HELD_OUT_SETS);
        for (String set : sets) {
            List<Note> notes = NoteReader.readBundled(set);
            assertEquals(notes.size(), notes.stream().map(Note::id).distinct().count(), set);
            for (Note n : notes) {
                assertTrue(acledNames.contains(n.subEventType()), n.id() + ": " + n.subEventType());
                assertTrue(!LocalDate.parse(n.published()).isBefore(LocalDate.parse(n.eventDate())), n.id());
                assertTrue(Math.abs(n.lat()) <= 90 && Math.abs(n.lon()) <= 180 && n.fatalities() >= 0, n.id());
                assertTrue(n.text().contains(n.location()), n.id() + " names its place");
            }
        }
    }
}
