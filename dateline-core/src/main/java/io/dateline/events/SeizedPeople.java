package io.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "men in an unmarked van seized three youth leaders", "gunmen captured 30 passengers": a seizing verb whose object
 * is a group of people takes them, it seizes no weapons. The verb's cue becomes an abduction cue (an arrest by the state is
 * told with its own words, "arrested", "detained").
 */
final class SeizedPeople {
    private static final Set<String> SEIZING = Set.of("seized", "seize", "seizes", "seizing", "captured", "grabbed",
            "snatched");
    private static final Set<String> PEOPLE = Set.of("people", "persons", "passengers", "villagers", "leaders",
            "students", "worshippers", "worshipers", "farmers", "civilians", "women", "children", "men", "activists",
            "traders", "workers", "travellers", "travelers", "herders", "fishermen", "pupils", "girls", "boys",
            "teachers", "journalists", "residents", "commuters", "pilgrims", "miners");
    /** People seized as suspects ("seized two men accused of theft") are a mob's or the police's, not kidnapped. */
    private static final Set<String> ACCUSED = Set.of("suspected", "accused", "alleged", "suspects");
    /** Words from the verb to the people: "at least 14", "three NUP youth". */
    private static final int OBJECT_REACH = 5;
    static final double ABDUCTION_WEIGHT = 1.2;

    private SeizedPeople() {
    }

    static List<Trigger> apply(Words w, List<Trigger> local) {
        List<Trigger> out = null;
        for (int k = 0; k < local.size(); k++) {
            Trigger t = local.get(k);
            if (t.isPlover() || t.firstToken() != t.lastToken() || !SEIZING.contains(w.lower(t.firstToken()))
                    || t.target().equals(EventClass.ABDUCT_DISSAP.name()) || !peopleAfter(w, t.lastToken() + 1)) {
                continue;
            }
            out = out == null ? new ArrayList<>(local) : out;
            out.set(k, new Trigger(t.firstToken(), t.lastToken(), EventClass.ABDUCT_DISSAP.name(), ABDUCTION_WEIGHT));
        }
        return out == null ? local : out;
    }

    private static boolean peopleAfter(Words w, int from) {
        for (int i = from; i < w.size() && i <= from + OBJECT_REACH; i++) {
            String x = w.lower(i);
            if (PEOPLE.contains(x)) {
                return i + 1 >= w.size() || !ACCUSED.contains(w.lower(i + 1));
            }
            if (x.equals(",") || x.equals(".") || x.equals("and") || x.equals("from") || x.equals("of")) {
                return false;
            }
        }
        return false;
    }
}
