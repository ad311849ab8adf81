package io.dateline.actors;

/**
 * What a lexicon phrase stands for. {@code name} is the canonical actor name, or for a generic agent a template in
 * which {C} stands for the country's name; {@code country} is ISO-2 or null. {@code capitals} has bit k set when the
 * phrase's k-th lookup word is capitalised, which the text must then be too ("Lebanese Forces" the party, not
 * "Lebanese forces"). {@code weak}: for a named actor, not taken next to another capitalised word (Amal Clooney);
 * for a generic agent, taken only after a country modifier ("Russian forces").
 */
record Lexeme(Type type, String name, String kind, String country, CaseRule caseRule, int capitals, boolean weak) {
    enum Type {
        /** A named actor of the knowledge base: Hezbollah, the IDF. */
        NAMED,
        /** A generic agent whose country comes from context: police, gunmen, protesters. */
        GENERIC,
        /** A rank that names an actor only before a person's name: "General Michel Aoun", "Col. Ahmed Saleh". */
        TITLE,
        /** A country or capital name: an actor by metonymy (Iraq, Baghdad), and a country cue. */
        COUNTRY,
        /** A country adjective: Syrian, Israeli. A country cue only. */
        DEMONYM
    }

    /** How the text's letter case must agree, so that "amal" (hope) or "is" is not taken for a name. */
    enum CaseRule {
        ANY, CAPITALISED, UPPER
    }
}
