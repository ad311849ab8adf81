package io.dateline.events;

import java.util.Set;

/**
 * ACLED codebook distinctions that similarity alone does not draw, applied after classification:
 * <ul>
 *   <li>an attack on armed forces is a battle (Armed clash), an attack on civilians is Violence against civilians;</li>
 *   <li>who takes territory decides between Government regains territory and Non-state actor overtakes territory;</li>
 *   <li>a protest is Peaceful, met with Intervention (arrests, dispersal), met with Excessive force (killed, wounded,
 *       live fire), or a Violent demonstration when the demonstrators themselves use violence;</li>
 *   <li>explosives found, defused or intercepted are Disrupted weapons use, not an explosion.</li>
 * </ul>
 * Cue lists are ours; they look at lower-case words of the clause (and of the words before the trigger for agents).
 */
final class CodebookRules {
    private static final Set<String> ARMED = Set.of("soldier", "soldiers", "troops", "army", "military", "police",
            "policemen", "officers", "gendarmes", "security", "forces", "checkpoint", "base", "barracks", "post",
            "outpost", "patrol", "convoy", "militants", "terrorists", "fighters", "rebels", "insurgents", "militia",
            "militiamen", "jihadists", "guards", "positions", "bandits", "garrison", "peacekeepers", "troop");
    private static final Set<String> CIVILIAN = Set.of("civilians", "civilian", "villagers", "residents", "passengers",
            "women", "children", "farmers", "worshippers", "worshipers", "students", "teacher", "journalist",
            "journalists", "herders", "shepherds", "fishermen", "family", "families", "villages", "village", "child",
            "pupils", "doctor", "nurse", "priest", "traders", "displaced", "refugees", "man", "woman", "boy", "girl",
            "people", "persons", "pedestrians", "mosque", "church", "market", "school", "hospital", "homes", "home");
    private static final Set<String> STATE = Set.of("army", "government", "troops", "military", "soldiers", "regime",
            "state", "national", "armed", "defence", "defense", "loyalist", "police", "security", "sna", "saa",
            "iraqi", "syrian", "afghan", "nigerian", "somali", "yemeni");
    private static final Set<String> NON_STATE = Set.of("militants", "rebels", "insurgents", "jihadists", "fighters",
            "militia", "militias", "opposition", "separatists", "shabab", "shabaab", "taliban", "isis", "isil",
            "islamic", "qaeda", "boko", "haram", "guerrillas", "factions", "faction", "group", "hts", "sdf", "ypg",
            "pkk", "houthi", "houthis", "rsf", "tribesmen", "terrorists", "daesh");
    private static final Set<String> PROTESTER_VIOLENCE = Set.of("threw", "throwing", "hurled", "stones", "rocks",
            "projectiles", "molotov", "petrol", "torched", "burned", "burnt", "vandalised", "vandalized", "looted",
            "smashed", "stormed", "rioted", "rioting", "rioters", "riot", "violent", "violently", "clashed", "clash",
            "clashes", "clashing", "attacked", "barricades", "pelted", "fireworks", "set");
    private static final Set<String> FORCE = Set.of("killed", "killing", "shot", "dead", "died", "wounded",
            "wounding", "injured", "injuring", "live", "beaten", "beat", "excessive", "bullets", "fatally", "death",
            "brutally", "brutality", "deaths");
    private static final Set<String> INTERVENTION = Set.of("dispersed", "disperse", "dispersing", "detained",
            "detain", "arrested", "arrests", "tear", "teargas", "cannon", "suppressed", "prevented", "halted",
            "halt", "blocked", "broke", "detention", "rubber", "crackdown", "banned", "intervened");
    private static final Set<String> DISRUPTION = Set.of("defused", "defuse", "found", "discovered", "intercepted",
            "cleared", "dismantled", "seized", "confiscated", "recovered", "neutralised", "neutralized", "deactivated",
            "destroyed", "shot", "downed", "foiled", "thwarted", "suspicious");

    private CodebookRules() {
    }

    static EventClass refine(EventClass cls, Words words, int from, int to, int triggerIndex) {
        switch (cls) {
            case ATTACK:
                return attackOnArmedForces(words, from, to, triggerIndex) ? EventClass.ARMED_CLASH : cls;
            case GOV_REGAINS_TERIT:
            case NON_STATE_ACTOR_OVERTAKES_TER:
                return territory(cls, words, from, triggerIndex);
            case PEACE_PROTEST:
            case PROTEST_WITH_INTER:
            case FORCE_AGAINST_PROTEST:
            case VIOL_DEMONSTR:
                return protest(words, from, to);
            case REM_EXPLOS:
            case ART_MISS_ATTACK:
            case GRENADE:
                return count(words, from, to, DISRUPTION) > 0 && count(words, from, to, FORCE) == 0
                        ? EventClass.DISR_WEAP : cls;
            default:
                return cls;
        }
    }

    private static boolean attackOnArmedForces(Words w, int from, int to, int trigger) {
        // who was hit: look after the trigger (object, victims) and at casualty nouns anywhere in the clause
        int armed = count(w, Math.max(from, trigger), to, ARMED);
        int civilian = count(w, from, to, CIVILIAN);
        return armed > 0 && armed >= civilian;
    }

    private static EventClass territory(EventClass cls, Words w, int from, int trigger) {
        int end = trigger < 0 ? from : trigger;
        int state = 0;
        int nonState = 0;
        for (int i = Math.max(from, end - 12); i < end; i++) {
            String x = w.lower(i);
            if (STATE.contains(x)) {
                state++;
            }
            if (NON_STATE.contains(x)) {
                nonState += 2;
            }
        }
        if (state == 0 && nonState == 0) {
            return cls;
        }
        return nonState > state ? EventClass.NON_STATE_ACTOR_OVERTAKES_TER : EventClass.GOV_REGAINS_TERIT;
    }

    private static EventClass protest(Words w, int from, int to) {
        if (count(w, from, to, PROTESTER_VIOLENCE) > 0) {
            return EventClass.VIOL_DEMONSTR;
        }
        if (count(w, from, to, FORCE) > 0) {
            return EventClass.FORCE_AGAINST_PROTEST;
        }
        if (count(w, from, to, INTERVENTION) > 0) {
            return EventClass.PROTEST_WITH_INTER;
        }
        return EventClass.PEACE_PROTEST;
    }

    static int count(Words w, int from, int to, Set<String> cues) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, w.size()); i++) {
            if (cues.contains(w.lower(i))) {
                n++;
            }
        }
        return n;
    }
}
