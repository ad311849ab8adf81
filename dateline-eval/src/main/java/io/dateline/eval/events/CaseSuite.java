package io.dateline.eval.events;

import io.dateline.eval.EvalContext;
import io.dateline.eval.EvalReport;
import io.dateline.eval.EvalSuite;
import io.dateline.model.AnnotatedArticle;
import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CASE 2021 task 2 (fine-grained event classification, 30 labels).
 *
 * <p>Each snippet is run through the pipeline as one article; the prediction is {@link CaseLabelMapping#label} of its
 * lead event ({@link EventChoice#lead}: the most confident event of the first sentence that has any), or "NONE" when
 * we find no event, which is always wrong.
 * Metrics ({@link LabelScores}, scikit-learn semantics over the gold labels, i.e. all 30 on the full file):
 * {@code accuracy}, {@code macro_f1}, {@code weighted_f1} (the task's official ranking metric: per-label F1 weighted
 * by gold support), and {@code items}.
 */
public final class CaseSuite implements EvalSuite {
    @Override
    public String name() {
        return "case";
    }

    @Override
    public List<String> defaultPaths() {
        return List.of("events/case2021-task2-dev.tsv");
    }

    @Override
    public EvalReport run(List<Path> paths, Pipeline pipeline, EvalContext context) throws IOException {
        List<EvalReport.Row> rows = new ArrayList<>();
        for (Path path : paths) {
            List<CaseItem> items = context.take(CaseReader.read(path));
            context.progress().start(items.size());
            List<String> gold = new ArrayList<>(items.size());
            List<String> predicted = new ArrayList<>(items.size());
            for (CaseItem item : items) {
                AnnotatedArticle annotated = pipeline.process(TextArticle.of("case:" + item.id(), item.snippet()));
                gold.add(item.label());
                predicted.add(EventChoice.lead(annotated)
                        .map(CaseLabelMapping::label).orElse(CaseLabelMapping.NONE));
                context.progress().advance();
            }
            rows.add(new EvalReport.Row(path.getFileName().toString(), "dateline", score(gold, predicted)));
        }
        return new EvalReport(name(), rows);
    }

    /** The suite's metrics for gold and predicted labels, item by item. */
    public static Map<String, Double> score(List<String> gold, List<String> predicted) {
        LabelScores scores = LabelScores.of(gold, predicted);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("items", (double) scores.items());
        metrics.put("accuracy", scores.accuracy());
        metrics.put("macro_f1", scores.macroF1());
        metrics.put("weighted_f1", scores.weightedF1());
        return metrics;
    }
}
