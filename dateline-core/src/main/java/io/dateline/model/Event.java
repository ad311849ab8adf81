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

    /**
     * This event as told with a later report of it: that report adds its place if this event had none and its
     * words to the evidence; every other field, the toll too, is this event's (the caller decides how tolls meet).
     */
    public Event joinedBy(Event report) {
        return new Event(eventId, eventDate, timePrecision, eventType, subEventType, category, plover, ploverMode,
                status, actor1, actor2, assocActor1, assocActor2, location != null ? location : report.location,
                fatalities, injured, confidence,
                new Span(Math.min(evidence.start(), report.evidence.start()),
                        Math.max(evidence.end(), report.evidence.end())));
    }

    /** This event with a toll told apart from it: each count the larger of the two, as ACLED keeps one toll. */
    public Event withCasualties(Integer moreFatalities, Integer moreInjured) {
        return new Event(eventId, eventDate, timePrecision, eventType, subEventType, category, plover, ploverMode,
                status, actor1, actor2, assocActor1, assocActor2, location, larger(fatalities, moreFatalities),
                larger(injured, moreInjured), confidence, evidence);
    }

    /**
     * This event with a toll another source gives ("A doctor put the death toll at 11"): where reports differ ACLED
     * takes the lowest figure.
     */
    public Event withLowerCasualties(Integer otherFatalities, Integer otherInjured) {
        return new Event(eventId, eventDate, timePrecision, eventType, subEventType, category, plover, ploverMode,
                status, actor1, actor2, assocActor1, assocActor2, location, smaller(fatalities, otherFatalities),
                smaller(injured, otherInjured), confidence, evidence);
    }

    /** This event with the toll its report finally states ("6 fatalities."), replacing earlier figures. */
    public Event withStatedCasualties(Integer statedFatalities, Integer statedInjured) {
        return new Event(eventId, eventDate, timePrecision, eventType, subEventType, category, plover, ploverMode,
                status, actor1, actor2, assocActor1, assocActor2, location,
                statedFatalities != null ? statedFatalities : fatalities,
                statedInjured != null ? statedInjured : injured, confidence, evidence);
    }

    private static Integer smaller(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    /** This event with more victims told apart from its toll ("Two soldiers were also killed"): counts add up. */
    public Event withAddedCasualties(Integer moreFatalities, Integer moreInjured) {
        return new Event(eventId, eventDate, timePrecision, eventType, subEventType, category, plover, ploverMode,
                status, actor1, actor2, assocActor1, assocActor2, location, sum(fatalities, moreFatalities),
                sum(injured, moreInjured), confidence, evidence);
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(a + b);
    }

    private static Integer larger(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    /** This event typed as {@code other} is: its ACLED type, sub-event type, category and PLOVER type and mode. */
    public Event withClassOf(Event other) {
        return withClass(other.eventType, other.subEventType, other.category, other.plover, other.ploverMode);
    }

    /** This event with another ACLED type, sub-event type, category and PLOVER type and mode. */
    public Event withClass(String newEventType, String newSubEventType, String newCategory, String newPlover,
                           String newPloverMode) {
        return new Event(eventId, eventDate, timePrecision, newEventType, newSubEventType, newCategory, newPlover,
                newPloverMode, status, actor1, actor2, assocActor1, assocActor2, location, fatalities, injured,
                confidence, evidence);
    }

    public Event withActor1(EventActor newActor1) {
        return new Event(eventId, eventDate, timePrecision, eventType, subEventType, category, plover, ploverMode,
                status, newActor1, actor2, assocActor1, assocActor2, location, fatalities, injured, confidence,
                evidence);
    }

    public Event withEvidence(Span newEvidence) {
        return new Event(eventId, eventDate, timePrecision, eventType, subEventType, category, plover, ploverMode,
                status, actor1, actor2, assocActor1, assocActor2, location, fatalities, injured, confidence,
                newEvidence);
    }
}
