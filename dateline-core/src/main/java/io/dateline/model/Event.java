package io.dateline.model;

import java.util.List;

/** One coded event, every field traceable to the article text through {@code evidence} and the mentions. */
public record Event(String eventId, String eventDate, int timePrecision, String eventType, String subEventType,
                    String category, String plover, String ploverMode, String status,
                    EventActor actor1, EventActor actor2, List<EventActor> assocActor1, List<EventActor> assocActor2,
                    EventLocation location, Integer fatalities, Integer injured, double confidence, Span evidence) {
    public Event {
        assocActor1 = List.copyOf(assocActor1);
        assocActor2 = List.copyOf(assocActor2);
    }

    public Event withConfidence(double newConfidence) {
        return new Event(eventId, eventDate, timePrecision, eventType, subEventType, category, plover, ploverMode,
                status, actor1, actor2, assocActor1, assocActor2, location, fatalities, injured, newConfidence,
                evidence);
    }

    public Event withDate(String newDate, int newPrecision) {
        return new Event(eventId, newDate, newPrecision, eventType, subEventType, category, plover, ploverMode,
                status, actor1, actor2, assocActor1, assocActor2, location, fatalities, injured, confidence,
                evidence);
    }

    public Event withEvidence(Span newEvidence) {
        return new Event(eventId, eventDate, timePrecision, eventType, subEventType, category, plover, ploverMode,
                status, actor1, actor2, assocActor1, assocActor2, location, fatalities, injured, confidence,
                newEvidence);
    }
}
