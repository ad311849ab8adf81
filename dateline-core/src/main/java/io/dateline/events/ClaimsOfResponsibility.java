package io.dateline.events;

import io.dateline.model.Event;
import io.dateline.model.EventActor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "A magnetic bomb exploded in Kabul on Monday, killing one passenger. Islamic State claimed the attack on Tuesday."
 * A claim told after an act of political violence in the same report names who carried that act out: ACLED codes
 * the claimant as the attack's actor, not a second event. The claim folds into the nearest earlier occurred act of
 * political violence, giving it its actor when the act had none or only an unidentified one and the claim is not
 * disowned ("No group has claimed the attack"); a claim with no such act before it is coded as the act it names
 * ("claimed the killing of two drivers"), or else stays a record of its own.
 */
final class ClaimsOfResponsibility {
    private static final String CLAIM = EventClass.ATTRIB.category();
    private static final String POLITICAL_VIOLENCE = "political_violence";

    private ClaimsOfResponsibility() {
    }

    static List<Event> apply(List<Event> events, String text) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event claim = out.get(i);
            if (!CLAIM.equals(claim.category())) {
                continue;
            }
            int act = claimedAct(out, i);
            if (act < 0) {
                Event told = actTheClaimNames(claim, text);
                if (told != null) {
                    out.set(i, told);
                }
                continue;
            }
            if (act >= 0) {
                Event lead = out.get(act);
                // the launch an interception stopped is the claimant's, but the interception stays its interceptor's
                boolean names = claim.actor1() != null && !named(lead.actor1()) && !disowned(claim, text)
                        && !intercepted(lead);
                Event joined = lead.joinedBy(claim).withCasualties(claim.fatalities(), claim.injured())
                        .withActor1(names ? claim.actor1() : lead.actor1());
                out.set(act, revealsSuicideBombing(lead, claim, text) ? suicideBombing(joined) : joined);
                out.remove(i--);
            }
        }
        return out;
    }

    private static final List<String> SUICIDE_WORDS = List.of("suicide", "explosive belt", "explosive vest");

    /**
     * "Two blasts tore through crowds ... Islamic State claimed responsibility, saying two of its members had
     * detonated explosive belts": the claim tells how the explosion was carried out.
     */
    private static boolean revealsSuicideBombing(Event lead, Event claim, String text) {
        if (!EventClass.REM_EXPLOS.subEventType().equals(lead.subEventType())) {
            return false;
        }
        String told = text.substring(claim.evidence().start(), claim.evidence().end()).toLowerCase(Locale.ROOT);
        return SUICIDE_WORDS.stream().anyMatch(told::contains);
    }

    private static Event suicideBombing(Event e) {
        EventClass c = EventClass.SUIC_BOMB;
        return e.withClass(c.eventType(), c.subEventType(), c.category(), c.plover(), c.ploverMode());
    }

    /** "No group has claimed the attack", "the group denied any role": the claim names nobody. */
    private static boolean disowned(Event claim, String text) {
        String told = text.substring(claim.evidence().start(), claim.evidence().end()).toLowerCase(Locale.ROOT);
        return told.startsWith("no ") || told.contains(" not ") || told.contains("n't ") || told.contains("denied")
                || told.contains("no group") || told.contains("nobody") || told.contains("no one");
    }

    private static int claimedAct(List<Event> events, int claim) {
        int claimStart = events.get(claim).evidence().start();
        for (int j = claim - 1; j >= 0; j--) {
            Event e = events.get(j);
            boolean act = POLITICAL_VIOLENCE.equals(e.category()) || intercepted(e);
            if (act && StatusDetector.OCCURRED.equals(e.status()) && e.evidence().end() <= claimStart) {
                return j;
            }
        }
        return -1;
    }

    /** "Air defences intercepted a missile ... The Houthis claimed the launch": the claim is of the act stopped. */
    private static boolean intercepted(Event e) {
        return EventClass.DISR_WEAP.subEventType().equals(e.subEventType());
    }

    /** Acts a claim names as its object, and their class: "said it was behind the killing of two drivers". */
    private static final java.util.Map<String, EventClass> CLAIMED_ACTS = java.util.Map.of("killing", EventClass.ATTACK,
            "killings", EventClass.ATTACK, "attack", EventClass.ATTACK, "ambush", EventClass.ATTACK,
            "shooting", EventClass.ATTACK, "bombing", EventClass.REM_EXPLOS, "kidnapping", EventClass.ABDUCT_DISSAP,
            "abduction", EventClass.ABDUCT_DISSAP, "assassination", EventClass.ATTACK);

    /**
     * "The TPNPB said it was behind the killing of two motorcycle taxi drivers near Timika on Tuesday": a claim the
     * report tells no act for names the act itself ("the killing of"); ACLED codes that act, by the claimant.
     */
    private static Event actTheClaimNames(Event claim, String text) {
        String told = text.substring(claim.evidence().start(), claim.evidence().end()).toLowerCase(Locale.ROOT);
        if (disowned(claim, text) || told.contains("blame") || told.contains("accuse")) {
            return null; // "Villagers blamed the army for the bombing": an accusation, which PLOVER codes as such
        }
        Words w = Words.of(text, claim.evidence().start(), claim.evidence().end());
        for (int i = 1; i + 1 < w.size(); i++) {
            EventClass act = CLAIMED_ACTS.get(w.lower(i));
            if (act == null || !w.lower(i - 1).equals("the") || !w.lower(i + 1).equals("of")
                    && !w.lower(i + 1).equals("on")) {
                continue;
            }
            EventClass refined = CodebookRules.refine(act, w, 0, w.size(), i);
            Casualties toll = refined.isViolent() ? CasualtyCounter.count(w, 0, w.size()) : Casualties.NONE;
            return claim.withClass(refined.eventType(), refined.subEventType(), refined.category(), refined.plover(),
                    refined.ploverMode()).withCasualties(toll.fatalities(), toll.injured());
        }
        return null;
    }

    /** An actor the text names, not "gunmen" or "militants" resolved to an unidentified group. */
    private static boolean named(EventActor actor) {
        return actor != null && !actor.name().startsWith("Unidentified");
    }
}
