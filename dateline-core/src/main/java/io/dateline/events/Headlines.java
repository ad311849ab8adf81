package io.dateline.events;

import io.dateline.model.Event;
import io.dateline.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A headline ("Gunmen kill six at bar in Celaya.") tells in the present, with no day, the act its lead sentence then
 * dates ("Armed men burst into a bar ... late on Saturday"). An undated act of the first sentence is the same event
 * as the next sentence's dated act of its type and place: one event, with the lead's day, fields and toll.
 */
final class Headlines {
    private Headlines() {
    }

    static List<Event> foldedIntoTheLead(List<Event> events, List<Span> sentences, String published) {
        if (sentences.size() < 2) {
            return events;
        }
        List<Event> out = new ArrayList<>(events);
        Span head = sentences.get(0);
        Span lead = sentences.get(1);
        for (int i = 0; i < out.size(); i++) {
            Event h = out.get(i);
            if (h.evidence().start() >= head.end() || !FollowUpSentences.undated(h, published)
                    || !StatusDetector.OCCURRED.equals(h.status())) {
                continue;
            }
            int j = leadAct(out, i, lead, h);
            if (j < 0) {
                continue;
            }
            Event l = out.get(j);
            // the lead's day, place and actors; the type of the surer reading, a type-less one ceding to a typed
            boolean headType = h.eventType() != null && (l.eventType() == null || h.confidence() > l.confidence());
            Event told = l.joinedBy(h).withCasualties(l.fatalities() == null ? h.fatalities() : null,
                    l.injured() == null ? h.injured() : null).withConfidence(Math.max(h.confidence(), l.confidence()));
            out.set(i, headType ? told.withClassOf(h) : told);
            out.remove(j);
        }
        return out;
    }

    /**
     * The lead sentence's dated act that the headline tells: one of its type (wherever the headline puts it, as
     * "Negros" for a village of Kabankalan), else its surest act at the headline's place; -1 when none.
     */
    private static int leadAct(List<Event> events, int headline, Span lead, Event h) {
        int best = -1;
        for (int j = headline + 1; j < events.size(); j++) {
            Event l = events.get(j);
            if (l.evidence().start() < lead.start() || l.evidence().start() >= lead.end() || l.timePrecision() != 1
                    || !StatusDetector.OCCURRED.equals(l.status())) {
                continue;
            }
            if (h.eventType() != null && h.eventType().equals(l.eventType())) {
                return j;
            }
            if (FollowUpSentences.samePlace(h, l) && (best < 0 || l.confidence() > events.get(best).confidence())) {
                best = j;
            }
        }
        return best;
    }
}
