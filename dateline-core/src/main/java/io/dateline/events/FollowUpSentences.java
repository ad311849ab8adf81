package io.dateline.events;

import io.dateline.model.Event;
import io.dateline.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence that gives no date of its own follows up the one before it (the nearest one that told an event): "On 4
 * March, youths clashed with soldiers in Nasir. Fighting continued for hours and several soldiers were killed." Its
 * undated occurred event, or one dated the same day, is the same event when the previous sentence coded one of the
 * same type (ACLED's unit: one type, place and day); an undated one takes that sentence's day otherwise, ranking
 * below the event it follows ("On Sunday, graduates gathered ... Riot police broke up the crowd"); the publication
 * date is only the fallback when no sentence before dates the story.
 */
final class FollowUpSentences {
    private FollowUpSentences() {
    }

    /**
     * @param storyDay the one day the lead sentence names (an ACLED note's "On 1 February 2025, ..."), or null: the
     *                 day of an undated act no earlier event dates ("The protest passed without incident")
     */
    static List<Event> apply(List<Event> events, List<Span> sentences, String published, String text,
                             String storyDay) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            boolean undated = undated(e, published);
            if (!undated && e.timePrecision() != 1 || !StatusDetector.OCCURRED.equals(e.status())) {
                continue;
            }
            int sentence = sentenceOf(sentences, e.evidence().start());
            int dated = -1;
            int sameEvent = -1;
            int followed = -1; // the nearest earlier sentence that coded an event: sentences between told none
            for (int j = i - 1; j >= 0; j--) {
                Event p = out.get(j);
                int ps = sentenceOf(sentences, p.evidence().start());
                if (ps >= sentence) {
                    continue;
                }
                if (followed < 0) {
                    followed = ps;
                } else if (ps < followed) {
                    break;
                }
                if (p.timePrecision() == 1 && StatusDetector.OCCURRED.equals(p.status())) {
                    if (dated < 0 && undated) {
                        dated = j;
                    }
                    // a dated follow-up is the same event only on the same day: "Gunmen fought ... on Saturday.
                    // Prosecutors said five men were killed in the fighting on Saturday."
                    boolean sameDay = undated || p.eventDate().equals(e.eventDate());
                    if (sameEvent < 0 && sameDay && (sameEvent(p, e) || undated && (interventionOn(p, e)
                            || onlyATollOf(p, e, text)))) {
                        sameEvent = j;
                    }
                }
            }
            if (sameEvent >= 0) {
                Event lead = out.get(sameEvent);
                Event typed = interventionOn(lead, e) ? lead.withClassOf(e) : lead;
                out.set(sameEvent, tollsMet(typed.joinedBy(e), e, text, sentences.get(sentence))
                        .withConfidence(Math.max(lead.confidence(), e.confidence())));
                out.remove(i--);
            } else if (dated >= 0) {
                // the follow-up ("He said four suspects had been arrested") ranks below the event it follows
                Event p = out.get(dated);
                double below = Math.min(e.confidence(), Math.round((p.confidence() - 0.01) * 1000) / 1000.0);
                out.set(i, e.withDate(p.eventDate(), p.timePrecision()).withConfidence(Math.max(0.01, below)));
            } else if (undated && followed < 0 && storyDay != null && sentence > 0) {
                out.set(i, e.withDate(storyDay, 1));
            }
        }
        return out;
    }

    /**
     * "Troops have retaken Kaga-Bandoro, the ministry said on Thursday. Soldiers entered the town on Tuesday.", "The
     * toll from fighting near Wabag rose to nine on Tuesday. Fighting broke out on Sunday.": an act dated only by the
     * day it was reported (the publication's, or the day before) is told again in the next sentence on an earlier
     * day, with a kindred type and the same place; it is one event, of that earlier day.
     */
    static List<Event> datedByTheNextSentence(List<Event> events, List<Span> sentences, String published,
                                              String text) {
        List<Event> out = new ArrayList<>(events);
        java.time.LocalDate reported = java.time.LocalDate.parse(published).minusDays(1);
        for (int i = 0; i + 1 < out.size(); i++) {
            Event e = out.get(i);
            if (!StatusDetector.OCCURRED.equals(e.status()) || e.eventDate() == null
                    || java.time.LocalDate.parse(e.eventDate()).isBefore(reported)
                    || !REPORTED.matcher(text).region(e.evidence().start(), e.evidence().end()).find()) {
                continue;
            }
            int sentence = sentenceOf(sentences, e.evidence().start());
            for (int j = i + 1; j < out.size(); j++) {
                Event later = out.get(j);
                int ls = sentenceOf(sentences, later.evidence().start());
                if (ls > sentence + 1) {
                    break;
                }
                if (ls == sentence + 1 && later.timePrecision() == 1 && later.eventDate() != null
                        && later.eventDate().compareTo(e.eventDate()) < 0
                        && StatusDetector.OCCURRED.equals(later.status()) && kindred(e, later) && samePlace(e, later)) {
                    out.set(i, e.joinedBy(later).withCasualties(later.fatalities(), later.injured())
                            .withDate(later.eventDate(), 1));
                    out.remove(j);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A follow-up's toll met with the event's: victims "also" killed add up, others as
     * {@link EventExtractor#metToll} says.
     */
    private static Event tollsMet(Event joined, Event report, String text, Span sentence) {
        Words told = Words.of(text, report.evidence().start(), report.evidence().end());
        return EventExtractor.also(told, 0, told.size())
                ? joined.withAddedCasualties(report.fatalities(), report.injured())
                : EventExtractor.metToll(joined, report.fatalities(), report.injured(),
                Words.of(text, sentence.start(), sentence.end()));
    }

    /** Words of a report about an act: a source speaking, or a toll brought up to date. */
    private static final java.util.regex.Pattern REPORTED = java.util.regex.Pattern.compile(
            "\\b(said|says|told|reported|announced|toll)\\b");

    private static final java.util.Set<String> TERRITORY = java.util.Set.of(
            EventClass.GOV_REGAINS_TERIT.subEventType(), EventClass.NON_STATE_ACTOR_OVERTAKES_TER.subEventType(),
            EventClass.NON_VIOL_TERRIT_TRANSFER.subEventType());

    private static boolean kindred(Event a, Event b) {
        return a.subEventType() != null && b.subEventType() != null && (a.subEventType().equals(b.subEventType())
                || TERRITORY.contains(a.subEventType()) && TERRITORY.contains(b.subEventType()));
    }

    private static final java.util.Set<String> VIOLENCE = java.util.Set.of("Battles", "Explosions/Remote violence",
            "Violence against civilians");

    /** Words by which an arrest points back at an act: its suspects, perpetrators, those behind it. */
    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
            "\\b(suspect|suspects|suspected|perpetrators?|attackers?|assailants?|gunmen|bombers?|behind the|"
                    + "responsible|in connection with|linked to)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "A bomb exploded on Istiklal Avenue on Sunday, killing six. Police said on Monday they had detained a
     * suspect.": arrests of an act's suspects, told after an act of political violence, are its investigation, and
     * rank below it; so does a truce told after the fighting ("Local elders brokered a truce late on Tuesday").
     */
    static List<Event> arrestsBelowViolence(List<Event> events, String text) {
        List<Event> out = new ArrayList<>(events);
        double violence = -1; // confidence of the most confident act of violence told so far
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (VIOLENCE.contains(String.valueOf(e.eventType())) && StatusDetector.OCCURRED.equals(e.status())) {
                violence = Math.max(violence, e.confidence());
            } else if (violence > 0 && e.confidence() >= violence && (EventClass.ARREST.subEventType()
                    .equals(e.subEventType())
                    && POINTS_BACK.matcher(text).region(e.evidence().start(), e.evidence().end()).find()
                    || EventClass.AGREEMENT.subEventType().equals(e.subEventType()))) {
                // a truce told after the fighting it ended follows the story as the arrests do
                out.set(i, e.withConfidence(Math.max(0.01, Math.round((violence - 0.01) * 1000) / 1000.0)));
            }
        }
        return out;
    }

    private static final java.util.Set<String> TOLL_TYPES = java.util.Set.of("Battles", "Explosions/Remote violence",
            "Violence against civilians", "Riots");

    /**
     * "Rebels seized the town after heavy fighting. At least six people were killed, among them three soldiers.": a
     * sentence whose only cue is its victims' outcome tells the toll of the violent act before it, whatever type
     * its victims alone would suggest.
     */
    private static boolean onlyATollOf(Event p, Event e, String text) {
        if (!TOLL_TYPES.contains(String.valueOf(p.eventType())) || e.fatalities() == null || !samePlace(p, e)) {
            return false;
        }
        Words w = Words.of(text, e.evidence().start(), e.evidence().end());
        for (Trigger t : TriggerLexicon.standard().find(w)) {
            boolean outcome = t.firstToken() == t.lastToken()
                    && CasualtyCounter.OUTCOME_WORDS.contains(w.lower(t.firstToken()));
            // "the attacker died in the blast": the act named again, as known, is the one just told
            boolean namedAgain = !t.isPlover() && t.firstToken() > 0 && w.lower(t.firstToken() - 1).equals("the")
                    && !t.target().equals(TriggerLexicon.EXCLUDED) && EventClass.valueOf(t.target()).isViolent();
            if (!t.isPlover() && !outcome && !namedAgain) {
                return false;
            }
        }
        return true;
    }

    /** An event dated only by the publication (precision 2): its own words gave no date. */
    static boolean undated(Event e, String published) {
        return e.timePrecision() == 2 && published.equals(e.eventDate());
    }

    private static boolean sameEvent(Event p, Event e) {
        return p.subEventType() != null && p.subEventType().equals(e.subEventType()) && samePlace(p, e);
    }

    /**
     * "Hundreds blocked the highway on Friday. Police dispersed the crowd with tear gas.", "Thousands marched ...
     * Groups of rioters threw projectiles at police": ACLED codes one protest, typed by how it was met or turned.
     */
    private static boolean interventionOn(Event protest, Event e) {
        boolean peaceful = EventClass.PEACE_PROTEST.subEventType().equals(protest.subEventType())
                && (EventClass.isInterventionOnProtest(e.subEventType())
                || EventClass.VIOL_DEMONSTR.subEventType().equals(e.subEventType()));
        // "... his son was shot dead on Wednesday. Witnesses said security forces fired live rounds to break up a
        // march": the killing told first was the force used on the protest
        boolean shooting = EventClass.ATTACK.subEventType().equals(protest.subEventType())
                && EventClass.FORCE_AGAINST_PROTEST.subEventType().equals(e.subEventType());
        return (peaceful || shooting) && samePlace(protest, e);
    }

    static boolean samePlace(Event p, Event e) {
        return p.location() == null || e.location() == null || p.location().name().equals(e.location().name());
    }

    /** Index of the sentence holding {@code offset} (sentences are in text order). */
    private static int sentenceOf(List<Span> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
