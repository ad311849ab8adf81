package io.dateline.eval.actors;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts behind the actor figures; mutable while scoring, then read as metrics. */
public final class ActorScore {
    int gold;
    int found;
    int kindGold;
    int kindAgree;
    int countryGold;
    int countryAgree;
    int predicted;
    int sentences;

    public int gold() {
        return gold;
    }

    public int found() {
        return found;
    }

    public double recall() {
        return ratio(found, gold);
    }

    /** Among found gold actors whose CAMEO code gives a kind: share where our kind is one it allows. */
    public double kindAccuracy() {
        return ratio(kindAgree, kindGold);
    }

    /** Among found gold actors whose CAMEO code names a country: share where our country is that country. */
    public double countryAccuracy() {
        return ratio(countryAgree, countryGold);
    }

    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("gold_actors", (double) gold);
        m.put("recall", recall());
        m.put("kind_scored", (double) kindGold);
        m.put("kind_accuracy", kindAccuracy());
        m.put("country_scored", (double) countryGold);
        m.put("country_accuracy", countryAccuracy());
        m.put("mentions_per_sentence", ratio(predicted, sentences));
        return m;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
