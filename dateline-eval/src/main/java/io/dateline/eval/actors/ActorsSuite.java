package io.dateline.eval.actors;

import io.dateline.actors.ActorKnowledgeBase;
import io.dateline.eval.EvalContext;
import io.dateline.eval.EvalReport;
import io.dateline.eval.EvalSuite;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.ArticleIds;
import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code dateline eval actors}: recall of PLOVER gold source/target actors, with kind and country agreement. */
public final class ActorsSuite implements EvalSuite {
    @Override
    public String name() {
        return "actors";
    }

    @Override
    public List<String> defaultPaths() {
        return List.of("events/plover-gsr-cameo.json");
    }

    @Override
    public EvalReport run(List<Path> paths, Pipeline pipeline, EvalContext context) throws IOException {
        List<EvalReport.Row> rows = new ArrayList<>();
        for (Path path : paths) {
            PloverActorReader reader = new PloverActorReader(ActorKnowledgeBase.standard());
            ActorScorer scorer = new ActorScorer();
            for (GoldSentence sentence : reader.read(path)) {
                Article article = new Article(sentence.id(), ArticleIds.of(sentence.text()), null, null, null,
                        sentence.text(), List.of(), null);
                AnnotatedArticle annotated = pipeline.process(article);
                scorer.add(sentence, annotated.actors());
            }
            Map<String, Double> metrics = new java.util.LinkedHashMap<>(scorer.score().metrics());
            metrics.put("gold_unlocated", (double) reader.unlocated());
            rows.add(new EvalReport.Row(path.getFileName().toString(), "dateline", metrics));
        }
        return new EvalReport(name(), rows);
    }
}
