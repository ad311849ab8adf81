package io.dateline.eval.time;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimeMlReaderTest {
    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>X1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2024-12-05" temporalFunction="false" functionInDocument="CREATION_TIME">12/05/2024</TIMEX3></DCT>
            <TEXT>
            Rebels &amp; troops <EVENT eid="e1" class="OCCURRENCE">clashed</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2024-12-03" functionInDocument="NONE">Tuesday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT2H">two hours</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTheCreationTimeFromTheHeader() throws IOException {
        assertEquals("2024-12-05", new TimeMlReader().parse("X1", DOC).dct());
    }

    @Test
    void textIsTheTextElementWithTagsStrippedAndEntitiesDecoded() throws IOException {
        assertEquals("\nRebels & troops clashed on Tuesday for two hours.\n",
                new TimeMlReader().parse("X1", DOC).text());
    }

    @Test
    void goldTimexesPointIntoTheTextAndLeaveTheCreationTimeOut() throws IOException {
        TimeMlDocument doc = new TimeMlReader().parse("X1", DOC);
        assertEquals(2, doc.timexes().size());
        Timex tuesday = doc.timexes().get(0);
        assertEquals("Tuesday", doc.text().substring(tuesday.start(), tuesday.end()));
        assertEquals(new Timex(28, 35, "DATE", "2024-12-03"), tuesday);
        Timex hours = doc.timexes().get(1);
        assertEquals("two hours", doc.text().substring(hours.start(), hours.end()));
        assertEquals("PT2H", hours.value());
    }

    @Test
    void malformedXmlIsAnIoErrorNamingTheDocument() {
        IOException e = assertThrows(IOException.class, () -> new TimeMlReader().parse("bad", "<TimeML><TEXT>"));
        assertEquals(true, e.getMessage().contains("bad"));
    }
}
