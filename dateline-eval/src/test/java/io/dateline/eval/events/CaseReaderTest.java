package io.dateline.eval.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseReaderTest {
    @Test
    void readsColumnsByHeaderName() throws IOException {
        String tsv = "SubType\tid\tEventSnippet\n"
                + "ARREST\t7\tPolice detained two men in Lowtown.\n"
                + "DIPLO\t9\t\"The envoy called the plan \"\"a dead end\"\".\"\n";
        List<CaseItem> items = CaseReader.parse(tsv, "t.tsv");
        assertEquals(List.of(
                new CaseItem("7", "Police detained two men in Lowtown.", "ARREST"),
                new CaseItem("9", "The envoy called the plan \"a dead end\".", "DIPLO")), items);
    }

    @Test
    void unknownLabelIsAnErrorNamingTheLine() {
        String tsv = "id\tEventSnippet\tSubType\n1\tA flood.\tFLOODING\n";
        IOException e = assertThrows(IOException.class, () -> CaseReader.parse(tsv, "t.tsv"));
        assertTrue(e.getMessage().contains("t.tsv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("FLOODING"), e.getMessage());
    }

    @Test
    void missingColumnIsAnError() {
        IOException e = assertThrows(IOException.class,
                () -> CaseReader.parse("id\ttext\tSubType\n1\tx\tOTHER\n", "t.tsv"));
        assertTrue(e.getMessage().contains("EventSnippet"), e.getMessage());
    }

    @Test
    void wrongFieldCountIsAnError() {
        IOException e = assertThrows(IOException.class,
                () -> CaseReader.parse("id\tEventSnippet\tSubType\n1\tx\n", "t.tsv"));
        assertTrue(e.getMessage().contains("t.tsv:2"), e.getMessage());
    }
}
