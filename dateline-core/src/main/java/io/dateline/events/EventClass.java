package io.dateline.events;

/**
 * The classes the classifier chooses among: the 25 ACLED sub-event types, the four kinds of event that ACLED does not
 * code but that must not be mistaken for political violence, claims of responsibility, and NONE. Codes follow the
 * CASE 2021 task-2 names so that evaluation needs no mapping table of its own.
 */
public enum EventClass {
    ARMED_CLASH("Battles", "Armed clash", "political_violence", "ASSAULT", "firearms"),
    GOV_REGAINS_TERIT("Battles", "Government regains territory", "political_violence", "ASSAULT", "firearms"),
    NON_STATE_ACTOR_OVERTAKES_TER("Battles", "Non-state actor overtakes territory", "political_violence", "ASSAULT",
            "firearms"),
    CHEM_WEAP("Explosions/Remote violence", "Chemical weapon", "political_violence", "ASSAULT", "cbrn"),
    AIR_STRIKE("Explosions/Remote violence", "Air/drone strike", "political_violence", "ASSAULT", "aerial"),
    SUIC_BOMB("Explosions/Remote violence", "Suicide bomb", "political_violence", "ASSAULT", "suicide-attack"),
    ART_MISS_ATTACK("Explosions/Remote violence", "Shelling/artillery/missile attack", "political_violence", "ASSAULT",
            "heavy-weapons"),
    REM_EXPLOS("Explosions/Remote violence", "Remote explosive/landmine/IED", "political_violence", "ASSAULT",
            "explosives"),
    GRENADE("Explosions/Remote violence", "Grenade", "political_violence", "ASSAULT", "explosives"),
    SEX_VIOL("Violence against civilians", "Sexual violence", "political_violence", "ASSAULT", "sexual"),
    ATTACK("Violence against civilians", "Attack", "political_violence", "ASSAULT", null),
    ABDUCT_DISSAP("Violence against civilians", "Abduction/forced disappearance", "political_violence", "ASSAULT",
            "abduct"),
    PEACE_PROTEST("Protests", "Peaceful protest", "demonstration", "PROTEST", "demo"),
    PROTEST_WITH_INTER("Protests", "Protest with intervention", "demonstration", "PROTEST", "demo"),
    FORCE_AGAINST_PROTEST("Protests", "Excessive force against protesters", "demonstration", "ASSAULT", "beat"),
    VIOL_DEMONSTR("Riots", "Violent demonstration", "demonstration", "PROTEST", "riot"),
    MOB_VIOL("Riots", "Mob violence", "political_violence", "ASSAULT", "beat"),
    AGREEMENT("Strategic developments", "Agreement", "strategic", "AGREE", null),
    ARREST("Strategic developments", "Arrests", "strategic", "COERCE", "arrest"),
    CHANGE_TO_GROUP_ACT("Strategic developments", "Change to group/activity", "strategic", null, null),
    DISR_WEAP("Strategic developments", "Disrupted weapons use", "strategic", "COERCE", "seize"),
    HQ_ESTABLISHED("Strategic developments", "Headquarters or base established", "strategic", "MOBILIZE", null),
    PROPERTY_DISTRUCT("Strategic developments", "Looting/property destruction", "strategic", "COERCE", "destroy"),
    NON_VIOL_TERRIT_TRANSFER("Strategic developments", "Non-violent transfer of territory", "strategic", null, null),
    OTHER("Strategic developments", "Other", "strategic", null, null),
    ORG_CRIME(null, null, "crime", null, null),
    NATURAL_DISASTER(null, null, "natural_disaster", null, null),
    MAN_MADE_DISASTER(null, null, "man_made_disaster", null, null),
    DIPLO(null, null, "diplomacy", null, null),
    ATTRIB(null, null, "claim", null, null),
    /** Not an event: opinion, background, analysis. */
    NONE(null, null, "other", null, null);

    private final String eventType;
    private final String subEventType;
    private final String category;
    private final String plover;
    private final String ploverMode;

    EventClass(String eventType, String subEventType, String category, String plover, String ploverMode) {
        this.eventType = eventType;
        this.subEventType = subEventType;
        this.category = category;
        this.plover = plover;
        this.ploverMode = ploverMode;
    }

    /** ACLED event type, or null for classes ACLED does not code. */
    public String eventType() {
        return eventType;
    }

    /** ACLED sub-event type, or null. */
    public String subEventType() {
        return subEventType;
    }

    public String category() {
        return category;
    }

    /** The PLOVER type this class implies, or null when it must be decided from the text (diplomacy, claims...). */
    public String plover() {
        return plover;
    }

    public String ploverMode() {
        return ploverMode;
    }

    /** Whether an ACLED sub-event type (may be null) is the police meeting a protest: with intervention or force. */
    static boolean isInterventionOnProtest(String subEventType) {
        return PROTEST_WITH_INTER.subEventType.equals(subEventType)
                || FORCE_AGAINST_PROTEST.subEventType.equals(subEventType);
    }

    /** Violent classes are coded from physical action; a plover classifier must not override them. */
    public boolean isViolent() {
        return "political_violence".equals(category) || this == FORCE_AGAINST_PROTEST || this == VIOL_DEMONSTR;
    }
}
