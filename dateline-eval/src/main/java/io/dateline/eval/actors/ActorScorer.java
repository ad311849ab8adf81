package io.dateline.eval.actors;

import io.dateline.model.ActorMention;

import java.util.List;

/**
 * Scores our actor mentions against gold actors. There is no complete actor gold (PLOVER marks only the source and
 * target of one event per sentence), so only recall is measured: a gold actor counts as found when one of our
 * mentions overlaps its span; kind and country are then compared on the mention that overlaps it most, where the
 * gold code says something about them.
 */
public final class ActorScorer {
    private final ActorScore score = new ActorScore();

    public void add(GoldSentence sentence, List<ActorMention> mentions) {
        score.sentences++;
        score.predicted += mentions.size();
        for (GoldActor gold : sentence.actors()) {
            score.gold++;
            ActorMention best = null;
            int bestOverlap = 0;
            for (ActorMention m : mentions) {
                int overlap = Math.min(m.end(), gold.end()) - Math.max(m.start(), gold.start());
                if (overlap > bestOverlap) {
                    best = m;
                    bestOverlap = overlap;
                }
            }
            if (best == null) {
                continue;
            }
            score.found++;
            if (gold.kinds() != null) {
                score.kindGold++;
                if (gold.kindAccepts(best.kind())) {
                    score.kindAgree++;
                }
            }
            if (gold.country() != null) {
                score.countryGold++;
                if (gold.country().equals(best.country())) {
                    score.countryAgree++;
                }
            }
        }
    }

    public ActorScore score() {
        return score;
    }
}
