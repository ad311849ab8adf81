package io.dateline.events;

import io.dateline.model.EventActor;

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
            "militiamen", "jihadists", "guards", "positions", "bandits", "garrison", "peacekeepers", "troop",
            "headquarters", "headquarter", "bases", "checkpoints", "posts", "outposts");
    private static final Set<String> CIVILIAN = Set.of("civilians", "civilian", "villagers", "residents", "passengers",
            "women", "children", "farmers", "worshippers", "worshipers", "students", "teacher", "journalist",
            "journalists", "herders", "shepherds", "fishermen", "family", "families", "villages", "village", "child",
            "pupils", "doctor", "nurse", "priest", "traders", "displaced", "refugees", "man", "woman", "boy", "girl",
            "tourists", "visitors", "shoppers", "commuters", "guests", "pilgrims",
            "people", "persons", "pedestrians", "mosque", "church", "market", "school", "hospital", "homes", "home");
    private static final Set<String> STATE = Set.of("army", "government", "troops", "military", "soldiers", "regime",
            "state", "national", "armed", "defence", "defense", "loyalist", "police", "security", "sna", "saa",
            "iraqi", "syrian", "afghan", "nigerian", "somali", "yemeni");
    private static final Set<String> NON_STATE = Set.of("militants", "rebels", "insurgents", "jihadists", "fighters",
            "militia", "militias", "opposition", "separatists", "shabab", "shabaab", "taliban", "isis", "isil",
            "islamic", "qaeda", "boko", "haram", "guerrillas", "factions", "faction", "group", "hts", "sdf", "ypg",
            "pkk", "houthi", "houthis", "rsf", "tribesmen", "terrorists", "daesh", "islamists", "jihadist", "m23");
    private static final Set<String> PROTESTER_VIOLENCE = Set.of("threw", "throwing", "hurled", "stones", "rocks",
            "projectiles", "molotov", "petrol", "torched", "burned", "burnt", "vandalised", "vandalized", "looted",
            "smashed", "stormed", "rioted", "rioting", "rioters", "riot", "violent", "clashed", "clash",
            "clashes", "clashing", "barricades", "pelted", "throw", "throws", "hurling", "arson", "looting", "violence",
            "ablaze", "firecrackers", "fireworks", "smashing", "storming", "torching", "stoned", "stoning", "ransacked",
            "ransacking", "overran", "spears", "machetes", "slingshots", "catapults", "arrows");
    private static final Set<String> CRIME = Set.of("fraud", "trafficker", "traffickers", "trafficking",
            "smuggling", "smugglers", "smuggler", "migrants", "pornography", "pornographic", "drug", "drugs",
            "robbery", "robbers", "theft", "thieves", "cyber", "gang", "gangs", "cartel", "narcotics", "cocaine",
            "heroin", "kidnappers", "ransom", "extortion", "poachers", "poaching", "counterfeit", "laundering",
            "criminal", "criminals", "crime", "bandits", "scam", "hacker", "hackers", "illegal", "contraband");
    /**
     * A gang, cartel or bandits that attack residents or villagers, with no crime named as the motive (drugs,
     * robbery, ransom), are an armed group's violence against civilians, as ACLED codes it in Haiti or Zamfara.
     */
    private static final Set<String> CRIMINAL_GROUPS = Set.of("gang", "gangs", "cartel", "bandits", "criminal",
            "criminals");
    private static final Set<String> COMMUNITIES = Set.of("residents", "villagers", "civilians", "displaced",
            "worshippers", "farmers", "passengers", "families", "village", "villages", "neighbourhood",
            "neighborhood", "community", "settlement", "camp", "students", "pupils", "schoolchildren", "travellers",
            "travelers", "motorists", "worshipers");
    /** What a gang attacking a town, a prison or police posts fights for: territory, as an armed group. */
    private static final Set<String> HELD_PLACES = Set.of("town", "towns", "prison", "positions", "checkpoint",
            "checkpoints", "barracks");
    private static final Set<String> POLITICAL = Set.of("regime", "militants", "opposition", "activist",
            "activists", "protest", "rebels", "rebel", "terrorist", "terrorists", "terror", "insurgents", "remnants",
            "militia", "jihadist", "jihadists", "army", "troops", "soldiers", "party", "journalist", "islamic",
            "government", "extremist", "extremists", "political");
    /** Words of a place changing hands with no fight: always a non-violent transfer, whoever takes it. */
    private static final Set<String> PEACEFUL_TRANSFER = Set.of("handed", "handover", "ceded", "peacefully",
            "unopposed", "without");
    /** Words of the holder leaving: a non-violent transfer when rebels walk in, not when the state returns. */
    private static final Set<String> HOLDER_LEFT = Set.of("withdrew", "withdrawn", "withdrawal", "abandoned",
            "evacuated", "pulled");
    private static final Set<String> FIGHT = Set.of("clashes", "clash", "fighting", "battle", "battles", "fierce",
            "heavy", "offensive", "assault", "attack", "killed", "fought", "stormed", "overran", "bombardment",
            "bombardments", "shelling", "airstrikes", "artillery", "evicted", "expelled", "routed", "drove", "pushed");
    private static final Set<String> SHOOTOUTS = Set.of("shootout", "shoot-out", "gunfight", "firefight",
            "gunbattle");
    /** Words of two armed sides fighting each other. */
    private static final Set<String> GUNFIGHT = Set.of("shootout", "shoot-out", "gunfight", "firefight", "fought",
            "clashed", "clashes", "gunbattle", "exchanging", "exchanged", "traded", "trading");
    private static final Set<String> FORCE = Set.of("killed", "killing", "shot", "dead", "died", "wounded",
            "wounding", "injured", "injuring", "live", "beaten", "beat", "excessive", "fatally", "death",
            "brutally", "deaths", "violently", "injuries", "hits");
    private static final Set<String> INTERVENTION = Set.of("dispersed", "disperse", "dispersing", "detained",
            "detain", "arrested", "arrests", "tear", "teargas", "cannon", "suppressed", "prevented", "halted",
            "halt", "broke", "detention", "rubber", "crackdown", "banned", "intervened", "pepper", "smoke",
            "nonlethal", "dispersal", "unauthorized", "unsanctioned", "kettled");
    private static final Set<String> PROTEST = Set.of("protest", "protests", "protesters", "protestors",
            "demonstration", "demonstrations", "demonstrators", "rally", "rallies", "rioters", "marchers", "sit-in",
            "disobedience",
            "marching", "marched");
    private static final Set<String> HOSTILE = Set.of("attack", "attacks", "attacked", "bomb", "bomber", "bombs",
            "militants", "terrorists", "planted", "targeted", "targeting", "ied", "ieds", "insurgents", "fired",
            "claimed", "rebels", "jihadists", "gunmen", "shelling", "shells", "launched", "strike", "strikes",
            "army", "regime", "forces", "weapons", "weapon", "mortar", "mortars", "rockets", "missile", "missiles",
            "troops", "soldiers", "grenade", "grenades", "drone", "drones", "positions", "trenches");
    private static final Set<String> ACCIDENT = Set.of("leak", "leakage", "leaked", "spill", "spilled", "plant",
            "factory", "warehouse", "boiler", "container", "fireworks", "poisoned", "poisoning", "accident",
            "accidental", "accidentally", "crash", "crashed", "ammonium", "stored", "hazard", "incident", "pipeline",
            "tanker", "cylinder", "refinery", "firefighters", "blaze", "fire", "smoke", "gas", "pesticide",
            "industrial", "workers", "laborers", "labourers", "adulterated", "consuming", "drinks", "train");
    private static final Set<String> AIRCRAFT = Set.of("warplane", "warplanes", "jets", "jet", "aircraft",
            "helicopter", "helicopters", "gunship", "gunships", "bombers", "drone", "drones", "aerial", "air");
    private static final Set<String> INTERCEPTION = Set.of("intercepted", "intercept", "intercepting", "downed",
            "defused", "interception");
    private static final Set<String> DISRUPTION = Set.of("defused", "defuse", "found", "discovered", "intercepted",
            "cleared", "dismantled", "seized", "confiscated", "recovered", "neutralised", "neutralized", "deactivated",
            "destroyed", "shot", "downed", "foiled", "thwarted", "suspicious");

    private CodebookRules() {
    }

    /**
     * Where a protest word makes an arrest part of a protest: not in what happened before it ("arrested the
     * opposition leader shortly after he addressed a rally", "arrested six men ... following a protest" are arrests).
     */
    private static int protestScope(EventClass cls, Words words, int triggerIndex) {
        if (cls == EventClass.ARREST) {
            for (int i = Math.max(0, triggerIndex + 1); i < words.size(); i++) {
                if (words.lower(i).equals("after") || words.lower(i).equals("following")) {
                    return i;
                }
            }
        }
        return words.size();
    }

    /** "Gunfire erupted as supporters marched": armed men fighting beside a march fight a battle, not a protest. */
    private static final Set<String> GUNMEN = Set.of("gunfire", "gunmen", "snipers", "sniper", "gunbattle",
            "gunfight", "firefight");
    private static final Set<String> PARTISANS = Set.of("supporters", "activists", "villagers", "youths",
            "residents", "students", "worshippers", "partisans");
    private static final Set<String> FIREARMS = Set.of("gunfire", "guns", "rifles", "firearms", "shot", "shooting",
            "shots", "gunmen", "armed", "grenades", "bullets");

    /** What any kidnapping has, by any group: no sign that it is a common crime. */
    private static final Set<String> KIDNAPPING = Set.of("kidnappers", "ransom");

    private static boolean isCrime(Words words, int n, EventClass cls) {
        boolean abduction = cls == EventClass.ABDUCT_DISSAP;
        int crime = count(words, 0, n, CRIME) - (abduction ? count(words, 0, n, KIDNAPPING) : 0);
        // a gang that abducts or kills people, as in Haiti or Sinaloa, is an armed group whoever its victims are
        boolean armedGroupOnCivilians = crime == count(words, 0, n, CRIMINAL_GROUPS) && (abduction
                || cls == EventClass.ATTACK || count(words, 0, n, COMMUNITIES) + count(words, 0, n, HELD_PLACES) > 0);
        return crime > count(words, 0, n, POLITICAL) && !armedGroupOnCivilians;
    }

    static EventClass refine(EventClass cls, Words words, int from, int to, int triggerIndex) {
        int n = words.size();
        boolean armedMen = cls == EventClass.ARMED_CLASH && count(words, 0, n, GUNMEN) > 0;
        if ((cls == EventClass.ARREST || cls == EventClass.ARMED_CLASH && !armedMen || cls == EventClass.ATTACK)
                && count(words, 0, protestScope(cls, words, triggerIndex), PROTEST) > 0
                && !(cls == EventClass.ARREST && onlyProtestsAsCharge(words))) {
            return protest(words, 0, n);
        }
        if ((cls == EventClass.CHEM_WEAP || cls == EventClass.REM_EXPLOS) && count(words, 0, n, HOSTILE) == 0
                && count(words, 0, n, ACCIDENT) > 0) {
            return EventClass.MAN_MADE_DISASTER;
        }
        // the crime they accuse their victims of does not make the crowd's act a crime
        if (cls == EventClass.ATTACK && vigilantes(words, triggerIndex)) {
            return EventClass.MOB_VIOL;
        }
        if ((cls == EventClass.ARREST || cls == EventClass.DISR_WEAP || cls == EventClass.ATTACK
                || cls == EventClass.ABDUCT_DISSAP || cls == EventClass.GRENADE || cls == EventClass.PROPERTY_DISTRUCT)
                && isCrime(words, n, cls)) {
            return EventClass.ORG_CRIME;
        }
        if (cls == EventClass.ORG_CRIME && count(words, from, to, GUNFIGHT) > 0) {
            // "a police operation against drug traffickers turned into a shootout", "cartel factions fought for
            // hours": armed, organised groups fighting each other is an armed clash, whatever their trade
            return EventClass.ARMED_CLASH;
        }
        if (cls == EventClass.ORG_CRIME && !isCrime(words, n, cls) && count(words, 0, n, CRIME) > 0) {
            // "gang members attacked the town and overran police posts": only the group is criminal, its act is
            // an armed group's, against civilians or against the state's forces
            return attackOnArmedForces(words, from, to, triggerIndex) ? EventClass.ARMED_CLASH : EventClass.ATTACK;
        }
        if (cls == EventClass.PROPERTY_DISTRUCT && count(words, 0, Math.max(0, triggerIndex), CROWDS) > 0
                && count(words, 0, n, NON_STATE) == 0) {
            // "supporters hurled stones at police and set fire to a toll booth": a crowd's destruction is a riot
            return EventClass.VIOL_DEMONSTR;
        }
        switch (cls) {
            case ATTACK:
                // "were killed in a shootout": a fight with two armed sides is a battle, whoever was killed
                return attackOnArmedForces(words, from, to, triggerIndex) || count(words, from, to, SHOOTOUTS) > 0
                        ? EventClass.ARMED_CLASH : cls;
            case ARMED_CLASH:
                // "supporters of the two parties clashed with sticks and machetes": unarmed partisans fighting
                // each other are a mob, not two armed groups
                return count(words, 0, n, PARTISANS) > 0 && count(words, 0, n, ARMED) == 0
                        && count(words, 0, n, NON_STATE) == 0 && count(words, 0, n, FIREARMS) == 0
                        ? EventClass.MOB_VIOL : cls;
            case ABDUCT_DISSAP:
                // "stormed a police compound, exchanging fire ... and taking several policemen hostage": armed men
                // captured in a fight are a battle's, not civilians abducted
                return count(words, 0, n, GUNFIGHT) > 0 && armedCaptives(words, triggerIndex)
                        ? EventClass.ARMED_CLASH : cls;
            case GOV_REGAINS_TERIT:
            case NON_STATE_ACTOR_OVERTAKES_TER:
                EventClass taker = territory(cls, words, from, triggerIndex);
                boolean noFight = count(words, 0, n, FIGHT) == 0;
                // the army entering a town its rebels have left regains it (ACLED's Kidal, 2023); rebels walking
                // into a town the army left, or any handover, change hands without a fight
                boolean peaceful = count(words, 0, n, PEACEFUL_TRANSFER) > 0
                        || count(words, 0, n, HOLDER_LEFT) > 0 && taker != EventClass.GOV_REGAINS_TERIT;
                return noFight && peaceful ? EventClass.NON_VIOL_TERRIT_TRANSFER : taker;
            case PEACE_PROTEST:
            case PROTEST_WITH_INTER:
            case FORCE_AGAINST_PROTEST:
            case VIOL_DEMONSTR:
                return protest(words, 0, n);
            case AIR_STRIKE:
            case ART_MISS_ATTACK:
                int shotDown = shotDown(words, from, to); // "shot down two drones": no one was shot
                if (count(words, 0, n, INTERCEPTION) + shotDown > 0 && count(words, from, to, FORCE) == shotDown) {
                    return EventClass.DISR_WEAP;
                }
                // "warplanes fired a missile": what fires from the air is an air strike
                boolean fromTheAir = count(words, from, Math.max(from, triggerIndex), AIRCRAFT) > 0;
                return cls == EventClass.ART_MISS_ATTACK && fromTheAir ? EventClass.AIR_STRIKE : cls;
            case REM_EXPLOS:
            case GRENADE:
                return count(words, from, to, DISRUPTION) > 0 && count(words, from, to, FORCE) == 0
                        ? EventClass.DISR_WEAP : cls;
            default:
                return cls;
        }
    }

    /**
     * "arrested an activist for organising an illegal protest", "detained activists before the rally": the protest
     * is the reason or the occasion ahead, not where the arrests happened, so they stay arrests.
     */
    private static boolean onlyProtestsAsCharge(Words w) {
        for (int i = 0; i < w.size(); i++) {
            if (!PROTEST.contains(w.lower(i))) {
                continue;
            }
            boolean charge = false;
            for (int k = Math.max(0, i - 3); k < i && !charge; k++) {
                charge = PROTEST_AS_CHARGE.contains(w.lower(k));
            }
            if (!charge) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PROTEST_AS_CHARGE = Set.of("organise", "organised", "organising", "organize",
            "organized", "organizing", "organisers", "organizers", "participate", "participating", "participated",
            "before", "ahead", "illegal", "unauthorised", "unauthorized", "inciting", "incite", "planning",
            "planned", "calling", "called");

    private static final Set<String> RETIRED = Set.of("former", "retired", "ex");
    /** Words from "former" to the force it left: "a former Free Syrian Army commander". */
    private static final int RETIRED_REACH = 4;

    /** Armed-force words a "former" or "retired" precedes: the man left the force and is a civilian now. */
    private static int retired(Words w, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!ARMED.contains(w.lower(i))) {
                continue;
            }
            for (int k = Math.max(from, i - RETIRED_REACH); k < i; k++) {
                if (RETIRED.contains(w.lower(k))) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Who was hit: the object after the trigger (up to a "by" agent), and the subject of a passive. */
    private static boolean attackOnArmedForces(Words w, int from, int to, int trigger) {
        int t = Math.max(from, trigger);
        int end = t + 1;
        while (end < w.size() && !w.lower(end).equals("by") && !w.lower(end).equals(".")
                && !RELATIVE_PRONOUNS.contains(w.lower(end))
                && !(end + 1 < w.size() && EventExtractor.SPEECH.contains(w.lower(end + 1)))
                && !(w.lower(end).equals(",") && sourceFollows(w, end + 1))
                && !(w.lower(end).equals(",") && end + 1 < w.size() && MOTIVES.contains(w.lower(end + 1)))) {
            // up to the source of the report ("..., police said") or a relative clause that describes the target
            // ("residents whom the army had ordered to dig trenches"): neither names another target
            end++;
        }
        int armed = count(w, t + 1, end, ARMED) - retired(w, t + 1, end);
        int civilian = count(w, t + 1, end, CIVILIAN);
        boolean passive = t > 0 && (w.lower(t - 1).equals("were") || w.lower(t - 1).equals("was")
                || w.lower(t - 1).equals("been"));
        if (passive) {
            armed += count(w, Math.max(0, t - 8), t, ARMED);
            civilian += count(w, Math.max(0, t - 8), t, CIVILIAN);
        }
        return armed > 0 && armed >= civilian;
    }

    private static final Set<String> CROWDS = Set.of("supporters", "protesters", "protestors", "demonstrators",
            "rioters", "youths", "students", "crowd", "crowds", "mob");
    private static final Set<String> TOWNSFOLK = Set.of("residents", "villagers", "community", "locals",
            "crowd", "neighbours", "neighbors", "townspeople", "onlookers");
    private static final Set<String> ACCUSED = Set.of("suspected", "accused", "alleged", "caught");

    /**
     * "community members assaulted and killed two men suspected of housebreaking", "residents seized two men
     * accused of stealing a motorcycle": townsfolk punishing people they accuse is mob violence, not an armed
     * group's attack.
     */
    private static boolean vigilantes(Words w, int trigger) {
        int t = Math.max(0, Math.min(trigger, w.size()));
        return count(w, 0, t, TOWNSFOLK) > 0 && count(w, 0, w.size(), ACCUSED) > 0
                && count(w, 0, w.size(), ARMED) + count(w, 0, w.size(), NON_STATE) == 0;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which");
    /** ", accusing him of spying for the security forces": a motive names no target. */
    private static final Set<String> MOTIVES = Set.of("accusing", "alleging", "claiming", "saying", "blaming",
            "suspecting");
    /** Words of a report's source before its verb: ", a civil society leader and an army spokesman said". */
    private static final int SOURCE_REACH = 8;

    private static boolean sourceFollows(Words w, int from) {
        for (int i = from; i < w.size() && i <= from + SOURCE_REACH; i++) {
            String x = w.lower(i);
            if (EventExtractor.SPEECH.contains(x)) {
                return true;
            }
            if (x.equals(",") || x.equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** "taking several policemen hostage", "took two soldiers captive", "abducted three soldiers". */
    private static boolean armedCaptives(Words w, int trigger) {
        for (int i = Math.max(0, trigger - 3); i < Math.min(w.size(), trigger + 4); i++) {
            if (i != trigger && ARMED.contains(w.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The taker is the subject of the taking verb: the first state or non-state cue after the last report boundary
     * before the verb ("an army spokesman said that rebels took over ..."), else in the whole clause; within a run
     * of cue words the head, the last, decides ("Syrian opposition fighters" are non-state).
     */
    private static EventClass territory(EventClass cls, Words w, int from, int trigger) {
        int end = trigger < 0 ? from : trigger;
        int start = from;
        for (int i = end - 1; i > from; i--) {
            if (REPORT_BOUNDARY.contains(w.lower(i))) {
                start = i + 1;
                break;
            }
        }
        EventClass taker = takerFrom(w, start, end);
        if (taker == null && start > from) {
            taker = takerFrom(w, from, end);
        }
        return taker == null ? cls : taker;
    }

    private static final Set<String> REPORT_BOUNDARY = Set.of("said", "says", "say", "that", ",", "reported",
            "told");

    private static EventClass takerFrom(Words w, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!STATE.contains(w.lower(i)) && !NON_STATE.contains(w.lower(i)) || objectOfVerb(w, from, i)) {
                continue;
            }
            if (w.lower(i).equals("islamic")) {
                return EventClass.NON_STATE_ACTOR_OVERTAKES_TER; // "Islamic State Mozambique Province insurgents"
            }
            int head = i;
            for (int k = i + 1; k < end && k <= head + 2; k++) {
                if (STATE.contains(w.lower(k)) || NON_STATE.contains(w.lower(k))) {
                    head = k;
                } else if (k == head + 1 && RUN_BREAKERS.contains(w.lower(k))) {
                    break;
                }
            }
            return NON_STATE.contains(w.lower(head)) ? EventClass.NON_STATE_ACTOR_OVERTAKES_TER
                    : EventClass.GOV_REGAINS_TERIT;
        }
        return null;
    }

    private static final Set<String> IRREGULAR_PAST = Set.of("overran", "hit", "struck", "fought", "drove", "beat");

    /** "..., overran army positions and took control": the army is what was overrun, not the taker. */
    private static boolean objectOfVerb(Words w, int from, int i) {
        int k = i - 1;
        if (k > from && DETERMINERS.contains(w.lower(k))) {
            k--;
        }
        return k >= from && (w.lower(k).endsWith("ed") || IRREGULAR_PAST.contains(w.lower(k)));
    }

    /**
     * "The Arakan Army said it had taken control of Paletwa": the words read "Army" as the state's, but it is part of
     * the name of a non-state group the actor list knows. Only that misreading is corrected: the actor's kind does
     * not otherwise outrank the words (a group's kind can change with time, and the first actor can be wrong).
     */
    private static final Set<String> STATE_IN_NAMES = Set.of("army", "forces", "military", "defence", "defense");

    static EventClass takenBy(EventClass cls, EventActor taker) {
        if (cls != EventClass.GOV_REGAINS_TERIT || taker == null || taker.text() == null
                || !Set.of("rebel", "militia", "identity_militia").contains(taker.kind())) {
            return cls;
        }
        // the words may name the group by its full name or by a short one ("(MNDAA)") whose full name has "Army"
        String named = taker.text() + " " + (taker.name() == null ? "" : taker.name());
        for (String word : named.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (STATE_IN_NAMES.contains(word)) {
                return EventClass.NON_STATE_ACTOR_OVERTAKES_TER;
            }
        }
        return cls;
    }

    /** Words that end a noun phrase's run of cue words ("the army and militias", "forces of the regime"). */
    private static final Set<String> RUN_BREAKERS = Set.of("and", "or", "of", "in", "on", "from", "by", "with",
            "the", "a", "an", "to", "at", "against", ",");

    private static final Set<String> GATHERINGS = Set.of("crowd", "crowds", "gathered", "gathering", "gatherings",
            "march", "marches", "vigil", "strike", "strikes", "strikers", "protesting", "demonstrating", "picket",
            "boycott", "students", "supporters", "workers", "residents", "dispersed", "disperse");

    /** Whether the words name people gathered or a protest at all: without them no protest class stands. */
    static boolean namesAGathering(Words w) {
        return count(w, 0, w.size(), PROTEST) + count(w, 0, w.size(), GATHERINGS) > 0;
    }

    private static EventClass protest(Words w, int from, int to) {
        if (countBesideTopic(w, from, to, PROTESTER_VIOLENCE) > 0 || settingFire(w, from, to)
                || protestersAttackForces(w, from, to)) {
            return EventClass.VIOL_DEMONSTR;
        }
        if (countBesideTopic(w, from, to, FORCE) > 0) {
            return EventClass.FORCE_AGAINST_PROTEST;
        }
        if (countBesideTopic(w, from, to, INTERVENTION) > selfDispersals(w, from, to)) {
            return EventClass.PROTEST_WITH_INTER;
        }
        return EventClass.PEACE_PROTEST;
    }

    private static final Set<String> ASSAULTING = Set.of("attacked", "assaulted", "stabbed", "hacked", "attacking",
            "ambushed");
    /** Words a protester's subject phrase may take before its verb: "Tharu protesters demanding a province". */
    private static final int SUBJECT_REACH = 6;

    /** "protesters ... attacked police with spears": the demonstrators turn on the state's forces. */
    private static boolean protestersAttackForces(Words w, int from, int to) {
        int end = Math.min(to, w.size());
        for (int i = Math.max(0, from); i < end; i++) {
            if (!PROTEST.contains(w.lower(i))) {
                continue;
            }
            for (int k = i + 1; k < end && k <= i + SUBJECT_REACH; k++) {
                if (ASSAULTING.contains(w.lower(k))) {
                    int target = k + 1 < end && DETERMINERS.contains(w.lower(k + 1)) ? k + 2 : k + 1;
                    return target < end && ARMED.contains(w.lower(target));
                }
            }
        }
        return false;
    }

    private static final Set<String> SETTING = Set.of("set", "sets", "setting");
    private static final Set<String> FIRE = Set.of("fire", "ablaze", "alight");

    /** "setting fire to one of its doors", "set a police van on fire": protesters who set fires riot. */
    private static boolean settingFire(Words w, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, w.size()); i++) {
            if (SETTING.contains(w.lower(i))) {
                for (int k = i + 1; k < Math.min(to, w.size()) && k <= i + 6; k++) {
                    if (FIRE.contains(w.lower(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Who may disperse of their own accord. */
    private static final Set<String> GATHERED = Set.of("crowd", "crowds", "protesters", "protestors", "demonstrators",
            "marchers", "they", "participants", "rally", "gathering", "people", "supporters");

    /** "The crowd dispersed without incident": a crowd that leaves of its own accord was not dispersed by anyone. */
    private static int selfDispersals(Words w, int from, int to) {
        int n = 0;
        for (int i = Math.max(1, from); i < Math.min(to, w.size()); i++) {
            if (w.lower(i).equals("dispersed") && GATHERED.contains(w.lower(i - 1))
                    && (i + 1 >= w.size() || !w.lower(i + 1).equals("by"))) {
                n++;
            }
        }
        return n;
    }

    /** Words that introduce what a protest is about: "against gun violence", "to decry the arrests". */
    private static final Set<String> TOPIC = Set.of("against", "over", "denounce", "denounced", "denouncing",
            "decry", "decried", "decrying", "condemn", "condemned", "condemning", "demanding", "protesting",
            "memory", "commemorating", "mourning");
    /** "riot police" are no rioters. */
    private static final Set<String> RIOT_UNITS = Set.of("police", "policemen", "officers", "gear", "squad",
            "troops", "units", "control");
    /** How many words after such a word still name the topic. */
    private static final int TOPIC_REACH = 7;

    /**
     * Cue words outside the topic of the protest: violence or arrests protested against are not the protest's own
     * violence or its policing ("marched to denounce violence", "rallies against mass arrests").
     */
    static int countBesideTopic(Words w, int from, int to, Set<String> cues) {
        int n = 0;
        int topicUntil = -1;
        boolean topicOpen = false;
        int prior = PriorActs.start(w, from, to); // "to mark one year since the collapse that killed 16"
        int priorEnd = prior < 0 ? -1 : PriorActs.end(w, prior);
        for (int i = Math.max(0, from); i < Math.min(to, w.size()); i++) {
            if (i > prior && i < priorEnd) {
                continue;
            }
            String x = w.lower(i);
            if (TOPIC.contains(x) || x.equals("protest") && i > 0 && w.lower(i - 1).equals("to")) {
                topicUntil = i + TOPIC_REACH;
                topicOpen = true;
            } else if (x.equals(",") && topicOpen && i + 1 < w.size() && (RELATIVES.contains(w.lower(i + 1))
                    || w.lower(i + 1).equals("when"))) {
                // "..., which killed 15 people", "..., when 15 people lost their lives" still describe the grievance
                topicUntil = i + 1 + TOPIC_REACH;
            } else if (x.equals(",") || x.equals(".") || x.equals(";") || endsTopic(w, i)) {
                topicUntil = -1;
                topicOpen = false;
            } else if (topicOpen && RELATIVES.contains(x)) {
                // "demanding accountability for the collapse of a canopy in Novi Sad that killed 15": a relative
                // clause still describes the grievance
                topicUntil = i + TOPIC_REACH;
            }
            boolean riotGear = x.equals("riot") && i + 1 < w.size() && RIOT_UNITS.contains(w.lower(i + 1));
            if (i > topicUntil && cues.contains(x) && !riotGear) {
                n++;
            }
        }
        return n;
    }

    private static final Set<String> RELATIVES = Set.of("that", "which");

    /** Verbs of protester violence; after a noun they end the topic ("protesting a fare hike threw stones"). */
    private static final Set<String> VIOLENT_VERBS = Set.of("threw", "hurled", "pelted", "stormed", "torched",
            "smashed", "burned", "burnt", "looted", "vandalised", "vandalized", "set", "blocked", "attacked");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "of", "its", "their", "his", "her");

    /** A violent verb after a word that is no determiner is the protesters' act, not part of their grievance. */
    private static boolean endsTopic(Words w, int i) {
        return VIOLENT_VERBS.contains(w.lower(i)) && i > 0 && !DETERMINERS.contains(w.lower(i - 1));
    }

    private static int shotDown(Words w, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i + 1 < Math.min(to, w.size()); i++) {
            if (w.lower(i).equals("shot") && w.lower(i + 1).equals("down")) {
                n++;
            }
        }
        return n;
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
