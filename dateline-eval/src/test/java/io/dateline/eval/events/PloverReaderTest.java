package io.dateline.eval.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PloverReaderTest {
    @Test
    void readsTextTypeAndModeAndSkipsTheDocumentRecord() throws IOException {
        String json = """
                [
                {"id": "DOC-1", "event": "DOCUMENT", "eventText": "notes about this file"},
                {"id": "R-1", "event": "FIGHT", "mode": "heavy-weapons", "text": "Tanks shelled the ridge.",
                 "source": [{"actorText": "Tanks", "code": "MIL"}], "target": ""},
                {"id": "R-2", "event": "AGREE", "mode": "", "text": "The two mayors agreed to talk."},
                {"id": "R-3", "event": "DEMAND", "text": "Unions demanded higher pay."}
                ]""";
        assertEquals(List.of(
                new PloverItem("R-1", "Tanks shelled the ridge.", "FIGHT", "heavy-weapons"),
                new PloverItem("R-2", "The two mayors agreed to talk.", "AGREE", null),
                new PloverItem("R-3", "Unions demanded higher pay.", "DEMAND", null)),
                PloverReader.parse(json, "p.json"));
    }

    @Test
    void textWithoutEventIsAnError() {
        assertThrows(IOException.class, () -> PloverReader.parse("[{\"id\": \"x\", \"text\": \"Hi.\"}]", "p.json"));
    }

    @Test
    void notAnArrayIsAnError() {
        assertThrows(IOException.class, () -> PloverReader.parse("{\"id\": \"x\"}", "p.json"));
    }
}
