package io.dateline.events;

import io.dateline.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WireDatelineTest {
    private static String closer(String text) {
        Words w = Words.of(text);
        int end = WireDateline.end(w);
        return end < 0 ? null : w.lower(end);
    }

    @Test
    void findsWireAndLocalPressDatelines() {
        assertEquals("-", closer("KANO, Nigeria (AFP) - Gunmen killed four traders on Monday."));
        assertEquals(":", closer("PESHAWAR: Two policemen were martyred on Monday."));
        assertEquals("\u2013", closer("Bukavu. \u2013 Gunmen killed four traders on Monday."));
        assertEquals("\u2013", closer("Taiz, 4 May \u2013 Shelling hit a market on Monday."));
        assertEquals(".", closer("Bukavu. New clashes broke out on Monday."));
    }

    @Test
    void anOrdinarySentenceOpensNoDateline() {
        assertEquals(null, closer("Gunmen killed four traders on Monday - police said."));
        assertEquals(null, closer("Police in Kano said four traders were killed."));
    }

    @Test
    void aDatelineAloneJoinsTheSentenceItOpens() {
        String text = "Tarimoro, Guanajuato. \u2013 Gunmen killed four men in a bar. Police arrived later.";
        List<Span> sentences = List.of(new Span(0, 21), new Span(22, 56), new Span(57, 78));
        List<Span> joined = WireDateline.joined(sentences, text);
        assertEquals(List.of(new Span(0, 56), new Span(57, 78)), joined);
        assertEquals(sentences.subList(1, 3), WireDateline.joined(sentences.subList(1, 3), text));
    }
}
