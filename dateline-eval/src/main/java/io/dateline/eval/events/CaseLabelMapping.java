package io.dateline.eval.events;

import io.dateline.model.Event;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * From our event fields to the 30 labels of CASE 2021 task 2 (subtask 3).
 *
 * <p>The five labels outside ACLED's taxonomy come from our {@code category} and win over the sub-event type, because
 * they describe what the snippet is about: a claim of responsibility for a bombing is ATTRIB, not SUIC_BOMB.
 * <ul>
 *   <li>crime &rarr; ORG_CRIME, natural_disaster &rarr; NATURAL_DISASTER, man_made_disaster &rarr;
 *       MAN_MADE_DISASTER, diplomacy &rarr; DIPLO, claim &rarr; ATTRIB.</li>
 * </ul>
 * Otherwise the label is the one for our ACLED {@code sub_event_type}, one for each of the 25 ACLED sub-event types
 * (matched ignoring case, spaces and punctuation, so "Air/drone strike" and "air drone strike" agree). An event that
 * maps to nothing, or no event at all, is {@link #NONE}: a prediction that is always wrong.
 */
public final class CaseLabelMapping {
    /** The prediction when we have no event or no label for it; never a gold label. */
    public static final String NONE = "NONE";

    /** The 30 gold labels of the task. */
    public static final Set<String> LABELS = Set.of(
            "ABDUCT_DISSAP", "AGREEMENT", "AIR_STRIKE", "ARMED_CLASH", "ARREST", "ART_MISS_ATTACK", "ATTACK",
            "CHANGE_TO_GROUP_ACT", "CHEM_WEAP", "DISR_WEAP", "FORCE_AGAINST_PROTEST", "GOV_REGAINS_TERIT",
            "GRENADE", "HQ_ESTABLISHED", "MOB_VIOL", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER",
            "OTHER", "PEACE_PROTEST", "PROPERTY_DISTRUCT", "PROTEST_WITH_INTER", "REM_EXPLOS", "SEX_VIOL",
            "SUIC_BOMB", "VIOL_DEMONSTR",
            "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB");

    private static final Map<String, String> BY_CATEGORY = Map.of(
            "crime", "ORG_CRIME",
            "natural_disaster", "NATURAL_DISASTER",
            "man_made_disaster", "MAN_MADE_DISASTER",
            "diplomacy", "DIPLO",
            "claim", "ATTRIB");

    /** ACLED sub-event types, as {@link #key} spells them. */
    private static final Map<String, String> BY_SUB_EVENT_TYPE = Map.ofEntries(
            // Battles
            Map.entry(key("Armed clash"), "ARMED_CLASH"),
            Map.entry(key("Government regains territory"), "GOV_REGAINS_TERIT"),
            Map.entry(key("Non-state actor overtakes territory"), "NON_STATE_ACTOR_OVERTAKES_TER"),
            // Explosions/Remote violence
            Map.entry(key("Chemical weapon"), "CHEM_WEAP"),
            Map.entry(key("Air/drone strike"), "AIR_STRIKE"),
            Map.entry(key("Suicide bomb"), "SUIC_BOMB"),
            Map.entry(key("Shelling/artillery/missile attack"), "ART_MISS_ATTACK"),
            Map.entry(key("Remote explosive/landmine/IED"), "REM_EXPLOS"),
            Map.entry(key("Grenade"), "GRENADE"),
            // Violence against civilians
            Map.entry(key("Sexual violence"), "SEX_VIOL"),
            Map.entry(key("Attack"), "ATTACK"),
            Map.entry(key("Abduction/forced disappearance"), "ABDUCT_DISSAP"),
            // Protests
            Map.entry(key("Peaceful protest"), "PEACE_PROTEST"),
            Map.entry(key("Protest with intervention"), "PROTEST_WITH_INTER"),
            Map.entry(key("Excessive force against protesters"), "FORCE_AGAINST_PROTEST"),
            // Riots
            Map.entry(key("Violent demonstration"), "VIOL_DEMONSTR"),
            Map.entry(key("Mob violence"), "MOB_VIOL"),
            // Strategic developments
            Map.entry(key("Agreement"), "AGREEMENT"),
            Map.entry(key("Arrests"), "ARREST"),
            Map.entry(key("Change to group/activity"), "CHANGE_TO_GROUP_ACT"),
            Map.entry(key("Disrupted weapons use"), "DISR_WEAP"),
            Map.entry(key("Headquarters or base established"), "HQ_ESTABLISHED"),
            Map.entry(key("Looting/property destruction"), "PROPERTY_DISTRUCT"),
            Map.entry(key("Non-violent transfer of territory"), "NON_VIOL_TERRIT_TRANSFER"),
            Map.entry(key("Other"), "OTHER"));

    private CaseLabelMapping() {
    }

    /** The CASE label for an event, or {@link #NONE}. */
    public static String label(Event event) {
        if (event == null) {
            return NONE;
        }
        if (event.category() != null) {
            String byCategory = BY_CATEGORY.get(event.category().strip().toLowerCase(Locale.ROOT));
            if (byCategory != null) {
                return byCategory;
            }
        }
        if (event.subEventType() != null) {
            return BY_SUB_EVENT_TYPE.getOrDefault(key(event.subEventType()), NONE);
        }
        return NONE;
    }

    /** Lower-case letters and digits only. */
    private static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
