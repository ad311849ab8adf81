package io.dateline.eval.events;

import io.dateline.eval.EvalContext;
import io.dateline.eval.EvalReport;
import io.dateline.eval.EvalSuite;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Event;
import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PLOVER gold-standard records (event type and mode of one sentence each).
 *
 * <p>Each sentence is run through the pipeline as one article; the prediction is our most confident event (the first
 * on a tie). Types on both sides are compared in the 2021 taxonomy ({@link PloverTypes}); no event, or an event
 * without a PLOVER type, is a wrong prediction. Metrics:
 * <ul>
 *   <li>{@code accuracy}: items whose type is right / items;</li>
 *   <li>{@code macro_f1}: unweighted mean of per-type F1 over the gold types ({@link LabelScores});</li>
 *   <li>{@code mode_accuracy}: over the items whose gold record has a non-empty mode, the share where both the
 *       type and the mode (case-insensitive) are right; a mode means nothing under a wrong type;</li>
 *   <li>{@code items}, {@code mode_items}: the two denominators.</li>
 * </ul>
 */
public final class PloverSuite implements EvalSuite {
    @Override
    public String name() {
        return "plover";
    }

    @Override
    public List<String> defaultPaths() {
        return List.of("events/plover-gsr-cameo.json");
    }

    @Override
    public EvalReport run(List<Path> paths, Pipeline pipeline, EvalContext context) throws IOException {
        List<EvalReport.Row> rows = new ArrayList<>();
        for (Path path : paths) {
            List<PloverItem> items = context.take(PloverReader.read(path));
            context.progress().start(items.size());
            List<Prediction> predictions = new ArrayList<>(items.size());
            for (PloverItem item : items) {
                AnnotatedArticle annotated = pipeline.process(TextArticle.of("plover:" + item.id(), item.text()));
                Optional<Event> event = EventChoice.mostConfident(annotated.events());
                predictions.add(event.map(e -> new Prediction(e.plover(), e.ploverMode())).orElse(Prediction.NONE));
                context.progress().advance();
            }
            rows.add(new EvalReport.Row(path.getFileName().toString(), "dateline", score(items, predictions)));
        }
        return new EvalReport(name(), rows);
    }

    /** What we said about one sentence; fields are null when we said nothing. */
    public record Prediction(String eventType, String mode) {
        public static final Prediction NONE = new Prediction(null, null);
    }

    /** The suite's metrics for gold items and our predictions, item by item. */
    public static Map<String, Double> score(List<PloverItem> items, List<Prediction> predictions) {
        if (items.size() != predictions.size()) {
            throw new IllegalArgumentException(items.size() + " items but " + predictions.size() + " predictions");
        }
        List<String> gold = new ArrayList<>(items.size());
        List<String> predicted = new ArrayList<>(items.size());
        int modeItems = 0;
        int modeCorrect = 0;
        for (int i = 0; i < items.size(); i++) {
            String goldType = PloverTypes.normalise(items.get(i).eventType());
            String ourType = PloverTypes.normalise(predictions.get(i).eventType());
            gold.add(goldType);
            predicted.add(ourType);
            String goldMode = PloverTypes.normaliseMode(items.get(i).mode());
            if (goldMode != null) {
                modeItems++;
                if (goldType.equals(ourType) && goldMode.equals(PloverTypes.normaliseMode(predictions.get(i).mode()))) {
                    modeCorrect++;
                }
            }
        }
        LabelScores scores = LabelScores.of(gold, predicted);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("items", (double) scores.items());
        metrics.put("accuracy", scores.accuracy());
        metrics.put("macro_f1", scores.macroF1());
        metrics.put("mode_items", (double) modeItems);
        metrics.put("mode_accuracy", modeItems == 0 ? 0 : (double) modeCorrect / modeItems);
        return metrics;
    }
}
