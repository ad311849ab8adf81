package io.dateline.events;

import io.dateline.model.ActorMention;
import io.dateline.model.EventActor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Picks actor1 (who acts) and actor2 (who is acted upon) among the actor mentions of a sentence, by word order and a
 * few function words instead of a parser: the subject is the nearest actor before the trigger, the target the first
 * after it; a passive with "by" ("were struck by X") swaps the roles. Other actors on the same side of the trigger
 * within the clause become associated actors.
 */
public final class ActorRoles {
    /** The chosen actors; lists may be empty, single actors null. */
    public record Roles(EventActor actor1, EventActor actor2, List<EventActor> assoc1, List<EventActor> assoc2) {
        public static final Roles NONE = new Roles(null, null, List.of(), List.of());
    }

    private ActorRoles() {
    }

    /**
     * @param actors        actor mentions of the sentence, in text order
     * @param clauseStart   offset where the event's clause starts
     * @param clauseEnd     offset where it ends
     * @param triggerStart  offset of the trigger
     * @param triggerEnd    end offset of the trigger
     * @param passiveByAt   offset of "by" right after a passive trigger, or -1
     * @param sentenceStart offset where the sentence starts (subjects may precede the clause)
     */
    public static Roles choose(List<ActorMention> actors, int sentenceStart, int clauseStart, int clauseEnd,
                               int triggerStart, int triggerEnd, int passiveByAt) {
        return choose(actors, Set.of(), sentenceStart, clauseStart, clauseEnd, triggerStart, triggerEnd, passiveByAt);
    }

    /** As above, where {@code backers} ("backed by Rwandan troops") are associates of the subject, never it. */
    static Roles choose(List<ActorMention> actors, Set<ActorMention> backers, int sentenceStart, int clauseStart,
                        int clauseEnd, int triggerStart, int triggerEnd, int passiveByAt) {
        if (actors.isEmpty()) {
            return Roles.NONE;
        }
        List<ActorMention> before = new ArrayList<>();
        List<ActorMention> after = new ArrayList<>();
        for (ActorMention a : actors) {
            if (a.end() <= triggerStart && a.start() >= clauseStart) {
                if (backers.contains(a)) {
                    before.add(0, a); // the subject is the last before the act: a backer is listed first
                } else {
                    before.add(a);
                }
            } else if (a.start() >= triggerEnd && a.start() < clauseEnd) {
                after.add(a);
            }
        }
        ActorMention subject = before.isEmpty() ? null : before.get(before.size() - 1);
        if (subject == null) {
            // an elided subject: "groups tried to cross ... but were struck": take the sentence's first actor
            for (ActorMention a : actors) {
                if (a.end() <= triggerStart && a.start() >= sentenceStart) {
                    subject = a;
                    break;
                }
            }
        }
        ActorMention object = after.isEmpty() ? null : after.get(0);
        ActorMention agent = null;
        if (passiveByAt >= 0) {
            for (ActorMention a : after) {
                if (a.start() > passiveByAt) {
                    agent = a;
                    break;
                }
            }
        }
        ActorMention a1;
        ActorMention a2;
        if (passiveByAt >= 0) {
            a1 = agent;
            a2 = subject;
        } else {
            a1 = subject;
            a2 = object;
        }
        List<EventActor> assoc1 = new ArrayList<>();
        List<EventActor> assoc2 = new ArrayList<>();
        for (ActorMention a : before) {
            if (a != a1 && a != a2 && !sameName(a, a1)) {
                (passiveByAt >= 0 ? assoc2 : assoc1).add(of(a));
            }
        }
        for (ActorMention a : after) {
            if (a != a1 && a != a2 && !sameName(a, a2) && !sameName(a, a1)) {
                (passiveByAt >= 0 ? assoc1 : assoc2).add(of(a));
            }
        }
        return new Roles(of(a1), of(a2), assoc1, assoc2);
    }

    /**
     * Drops the sources told after the act: in "killing 26 men, police said" and "according to the army" the police
     * and the army report the act and take no part in it. A source before the act ("Police said they arrested")
     * is often its actor too, and stays.
     */
    static List<ActorMention> withoutLaterSources(List<ActorMention> actors, Words w, int triggerEnd) {
        List<ActorMention> out = null;
        for (int k = 0; k < actors.size(); k++) {
            ActorMention a = actors.get(k);
            if (a.start() >= triggerEnd && isSource(w, a)) {
                if (out == null) {
                    out = new ArrayList<>(actors.subList(0, k));
                }
            } else if (out != null) {
                out.add(a);
            }
        }
        return out == null ? actors : out;
    }

    private static final Set<String> BACKING = Set.of("backed", "supported", "aided", "assisted", "helped",
            "joined", "accompanied");

    /** The actors told as backing another: "M23 rebels backed by Rwandan troops". */
    static Set<ActorMention> backers(List<ActorMention> actors, Words w) {
        Set<ActorMention> out = null;
        for (ActorMention a : actors) {
            int by = w.lastEndingBy(a.start());
            if (by >= 1 && w.lower(by).equals("by") && BACKING.contains(w.lower(by - 1))) {
                if (out == null) {
                    out = new java.util.HashSet<>();
                }
                out.add(a);
            }
        }
        return out == null ? Set.of() : out;
    }

    private static boolean isSource(Words w, ActorMention a) {
        int before = w.lastEndingBy(a.start());
        int after = w.firstAtOrAfter(a.end());
        boolean saidNext = after >= 0 && after < w.size() && EventExtractor.SPEECH.contains(w.lower(after));
        boolean accordingTo = before >= 1 && w.lower(before).equals("to") && w.lower(before - 1).equals("according");
        return saidNext || accordingTo;
    }

    private static boolean sameName(ActorMention a, ActorMention b) {
        return b != null && a.name() != null && a.name().equals(b.name());
    }

    static EventActor of(ActorMention a) {
        return a == null ? null : new EventActor(a.text(), a.name(), a.kind(), a.country());
    }
}
