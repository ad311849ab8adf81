package io.dateline.actors;

import java.util.Set;

/**
 * The small word lists the recogniser's rules consult, in normalised form (lower case, no diacritics). Kept apart
 * from the rules so that they can be read and extended in one place.
 */
final class CueWords {
    /** "Iranian-backed militias": the country backs the actor, it is not the actor's country. */
    static final Set<String> BACKING = Set.of("backed", "led", "aligned", "allied", "affiliated", "sponsored",
            "supported", "funded", "linked", "trained");

    /** A country name after these is a place, not an actor ("in Syria", "southern Syria"). */
    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "across", "throughout", "within",
            "around", "outside", "into", "toward", "towards", "via", "through", "of", "northern", "southern",
            "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north",
            "south", "east", "west", "rural", "entire", "all", "visit", "visited", "visiting", "reached", "entered",
            "fled", "flee", "anti", "pro");

    static final Set<String> DIRECTIONAL = Set.of("to", "from", "for", "back");

    /** Before "to"/"from", these make the country a destination or origin, not a party. */
    static final Set<String> MOTION = Set.of("send", "sent", "sending", "sends", "troops", "deploy", "deployed",
            "deploying", "travel", "travelled", "traveled", "travelling", "traveling", "return", "returned",
            "returning", "head", "headed", "heading", "arrive", "arrived", "go", "went", "going", "gone", "come",
            "came", "fled", "flee", "fleeing", "trip", "visit", "journey", "border", "borders", "access", "route",
            "routes", "road", "roads", "way", "refugees", "flights", "flight", "cross", "crossed", "crossing", "move",
            "moved", "moving", "transfer", "transferred", "fighters", "weapons", "arms", "supplies", "smuggled",
            "smuggling", "exported", "imports", "exports", "migrants", "migration", "deported", "expelled",
            "extradited", "flew", "fly", "sailed", "drove", "walked", "marched", "withdrew", "withdrawn", "withdrawal",
            "pilgrims", "tourists", "visitors", "delegation", "ambassador", "envoy", "left", "leave", "leaving",
            "escaped", "evacuated", "returnees", "relocated", "shipment", "shipments", "aid", "bound", "en", "passage",
            "corridor", "lines", "line", "pipeline", "gateway", "close", "closer", "next", "adjacent", "neighbouring",
            "neighboring", "south", "north", "east", "west");

    /** Acts of a state's forces named with its adjective: "Israeli airstrikes", "Russian shelling". */
    static final Set<String> MILITARY_ACTIONS = Set.of("airstrike", "airstrikes", "strike", "strikes",
            "raid", "raids", "air", "bombing", "bombings", "bombardment", "shelling", "shells", "offensive",
            "incursion", "incursions", "invasion", "occupation", "attack", "attacks", "assault", "missile",
            "missiles", "rockets", "fire", "gunfire", "blockade", "operation", "siege");

    /** Acts of a state's government named with its adjective: "an Indian proposal", "French mediation". */
    static final Set<String> POLICY_ACTIONS = Set.of("proposal", "proposals", "plan", "offer", "ultimatum",
            "mediation", "initiative", "demand", "demands", "request", "decision", "sanctions", "pressure",
            "support", "position", "stance", "warning", "threat", "threats", "policy", "veto", "recognition",
            "crackdown", "deportation", "expulsion", "ban", "embargo", "intervention", "involvement", "backing");

    /** Nouns that, right after a named actor, are its people: "Hezbollah fighters", "Hamas's leaders". */
    static final Set<String> MEMBERS = Set.of("fighters", "fighter", "militants", "militant", "members",
            "member", "forces", "troops", "gunmen", "militiamen", "units", "elements", "commanders", "commander",
            "soldiers", "rebels", "insurgents", "operatives", "loyalists", "supporters", "officials", "official",
            "leaders", "leader", "leadership", "spokesman", "spokeswoman", "spokesperson", "delegation", "delegates",
            "police", "personnel", "agents", "jets", "warplanes", "drones", "militia", "militias", "cadres");

    /** Words that may sit inside an organisation's name without a capital. */
    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "al", "el", "de", "du", "des",
            "la", "le", "on", "in", "against");

    static final Set<String> SECURITY_WORDS = Set.of("security", "police", "intelligence", "narcotics",
            "military", "gendarmerie", "counterterrorism", "terrorism", "defence", "defense", "guard", "border",
            "army", "drug", "drugs", "investigation", "investigations", "criminal", "crime", "anti", "counter",
            "protection", "emergency", "special", "operations", "prison", "prisons", "customs");

    static final Set<String> ADMIN_HEADS = Set.of("directorate", "department", "administration", "agency",
            "service", "services", "command", "unit", "units", "office", "bureau", "authority", "division");

    /** After a demonym these heads name a state's unit: "Nigerien Special Intervention Battalion". */
    static final Set<String> STATE_ARMED_HEADS = Set.of("army", "forces", "force", "navy", "police", "guard",
            "guards", "gendarmerie", "corps", "battalion", "brigade", "brigades", "regiment", "division", "command",
            "unit", "units");

    static final Set<String> ARMED = Set.of(ActorKind.STATE_FORCES, ActorKind.MILITIA, ActorKind.REBEL);

    /** Generic agents that are also used as adjectives: "military parade", "government buildings". */
    static final Set<String> ADJECTIVAL = Set.of("military", "government", "police", "army", "regime",
            "administration", "navy", "cabinet", "presidency", "ministry", "junta", "parliament", "militia",
            "security", "opposition", "rebel", "insurgent", "civilian", "paramilitary", "mob", "gang", "cartel",
            "faction", "president", "minister", "governor", "mayor", "king", "emir", "premier");

    /** Words after an adjectival agent that show it is the subject: "the army said", "police arrested". */
    static final Set<String> SUBJECT_CUES = Set.of("said", "says", "say", "has", "have", "had", "is", "was",
            "were", "are", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do",
            "and", "or", "of", "in", "on", "at", "to", "from", "with", "for", "by", "which", "who", "that", "also",
            "later", "then", "still", "not", "reportedly", "allegedly", "claimed", "spokesman", "spokesperson",
            "spokeswoman", "statement", "chief", "commander", "source", "sources", "official", "officials", "as",
            "after", "before", "when", "while", "but", "if", "into", "against", "near", "this", "last", "over",
            "under", "since", "during", "until", "amid", "told", "tells", "tried", "began", "took", "fired", "shot",
            "struck", "hit", "seized", "killed", "arrested", "launched", "today", "yesterday", "tonight", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "recently", "now",
            "officially", "formally", "again", "quickly", "immediately", "repeatedly", "first", "finally");

    /** Nouns an adjectival agent often modifies: "military parade", "regime remnants", "Syrian military aid". */
    static final Set<String> MODIFIED_NOUNS = Set.of("parade", "aid", "operation", "campaign", "court", "base",
            "vehicle", "hardware", "equipment", "support", "assistance", "action", "intervention", "exercise", "drill",
            "installation", "position", "site", "target", "buildup", "presence", "budget", "spending", "plane",
            "convoy", "post", "checkpoint", "academy", "college", "offensive", "escalation", "coup", "building",
            "facility", "property", "hospital", "school", "uniform", "uniforms", "cooperation", "service", "capability",
            "capabilities", "strategy", "doctrine", "industry", "expenditure", "zone", "area", "region", "territory",
            "infrastructure", "jet", "helicopter", "drone", "station", "reinforcements", "operations", "vehicles",
            "bases", "positions", "installations", "targets", "exercises", "drills", "elements", "remnants",
            "buildings", "facilities", "sites", "posts", "checkpoints", "convoys", "ties", "relations", "means",
            "affairs", "matters", "circles", "ranks", "headquarters", "casualties", "losses", "gains", "advances",
            "talks", "plans", "efforts", "measures", "policies", "tactics", "supplies", "aircraft", "assets");

    /** Last words of generic phrases that are titles, taking the person's name after them into the mention. */
    static final Set<String> TITLES = Set.of("president", "minister", "premier", "king", "emir", "sultan",
            "governor", "mayor", "ambassador", "envoy", "leader", "chancellor", "secretary", "general", "colonel",
            "commander", "chief", "spokesman", "spokeswoman", "prince", "monarch", "lieutenant", "captain", "major",
            "brigadier", "gen", "col", "lt", "capt", "maj", "brig", "judge", "senator", "lawmaker", "mp", "official");

    /** Lower-case parts of personal names. */
    static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "de", "da", "van",
            "von", "der", "abu", "abd", "ould", "ag", "dos", "du", "la", "le");

    /** Capitalised words that often precede a name without being part of it. */
    static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "when", "while", "but", "and", "after",
            "before", "if", "since", "meanwhile", "however", "yesterday", "today", "on", "in", "at", "as", "by", "for",
            "with", "says", "said", "both", "also", "then", "where", "because", "although", "though", "that", "this");

    /** Last words of capitalised names that are no organisation even with an acronym: "Free Trade Agreement (FTA)". */
    static final Set<String> NOT_ORGANISATIONS = Set.of("agreement", "agreements", "understanding", "treaty", "accord",
            "accords", "act", "plan", "program", "programme", "initiative", "summit", "protocol", "declaration",
            "resolution", "zone", "area", "project", "law", "code", "index", "rate", "report", "system", "facility",
            "facilities", "strategy", "framework", "mechanism", "process", "roadmap", "deal", "pact", "charter",
            "standard", "standards", "regulation", "regulations", "scheme", "operation", "exercise", "disease",
            "syndrome", "virus", "test", "card", "number", "product", "vehicle", "device", "weapon", "weapons",
            "missile", "missiles", "systems", "satellite", "station", "pipeline");

    private CueWords() {
    }
}
