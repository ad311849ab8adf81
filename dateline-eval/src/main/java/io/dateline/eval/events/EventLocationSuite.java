package io.dateline.eval.events;

import io.dateline.eval.EvalContext;
import io.dateline.eval.EvalReport;
import io.dateline.eval.EvalSuite;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.EventLocation;
import io.dateline.model.Span;
import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event geolocation (Halterman, "Geolocating political events in text"): does our event sit where the annotators put
 * it?
 *
 * <p>Each sentence is run through the pipeline as one article. We score the most confident of our events whose
 * evidence overlaps the gold VERB (the event the sentence was annotated for), or the most confident event of all when
 * none does; its prediction is its location span [start, end), or none when it has no location or there is no event.
 *
 * <p>A sentence's answer is right when
 * <ul>
 *   <li>it has gold locations and our span equals one of them ({@code strict}: same start and end) or shares a
 *       character with one ({@code overlap}) &mdash; several gold spans (e.g. "in Gaza and the West Bank") are
 *       alternatives, any one is right;</li>
 *   <li>it has no gold location (about a third of the sentences: the event is not located in the sentence) and we
 *       give none. "No location" is an answer here, as in the question-answering formulation used by Mordecai 3, so a
 *       system that attaches a location to every event pays for it.</li>
 * </ul>
 * Metrics: {@code accuracy_strict}, {@code accuracy_overlap} over all items; {@code located_accuracy_strict},
 * {@code located_accuracy_overlap} over the {@code located_items} with a gold location (where "no location" can never
 * be right); {@code coverage}: share of all items where we give a location; {@code items}.
 */
public final class EventLocationSuite implements EvalSuite {
    @Override
    public String name() {
        return "event-location";
    }

    @Override
    public List<String> defaultPaths() {
        return List.of("events/event-location/gold-dev.jsonl.gz");
    }

    @Override
    public EvalReport run(List<Path> paths, Pipeline pipeline, EvalContext context) throws IOException {
        List<EvalReport.Row> rows = new ArrayList<>();
        for (Path path : paths) {
            List<EventLocationItem> items = context.take(EventLocationReader.read(path));
            context.progress().start(items.size());
            List<Span> predictions = new ArrayList<>(items.size());
            for (EventLocationItem item : items) {
                AnnotatedArticle annotated = pipeline.process(TextArticle.of("event-location:" + item.id(),
                        item.text()));
                predictions.add(EventChoice.mostConfidentAt(annotated.events(), item.verb())
                        .map(e -> e.location())
                        .map(EventLocationSuite::span)
                        .orElse(null));
                context.progress().advance();
            }
            rows.add(new EvalReport.Row(path.getFileName().toString(), "dateline", score(items, predictions)));
        }
        return new EvalReport(name(), rows);
    }

    private static Span span(EventLocation location) {
        return location.start() >= 0 && location.end() >= location.start()
                ? new Span(location.start(), location.end()) : null;
    }

    /** The suite's metrics; a null prediction means we gave no location. */
    public static Map<String, Double> score(List<EventLocationItem> items, List<Span> predictions) {
        if (items.size() != predictions.size()) {
            throw new IllegalArgumentException(items.size() + " items but " + predictions.size() + " predictions");
        }
        int located = 0;
        int strict = 0;
        int overlap = 0;
        int locatedStrict = 0;
        int locatedOverlap = 0;
        int given = 0;
        for (int i = 0; i < items.size(); i++) {
            List<Span> gold = items.get(i).locations();
            Span ours = predictions.get(i);
            if (ours != null) {
                given++;
            }
            if (gold.isEmpty()) {
                if (ours == null) {
                    strict++;
                    overlap++;
                }
                continue;
            }
            located++;
            if (ours == null) {
                continue;
            }
            if (gold.contains(ours)) {
                strict++;
                locatedStrict++;
            }
            if (gold.stream().anyMatch(g -> Spans.overlap(g, ours))) {
                overlap++;
                locatedOverlap++;
            }
        }
        int n = items.size();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("items", (double) n);
        metrics.put("accuracy_strict", share(strict, n));
        metrics.put("accuracy_overlap", share(overlap, n));
        metrics.put("located_items", (double) located);
        metrics.put("located_accuracy_strict", share(locatedStrict, located));
        metrics.put("located_accuracy_overlap", share(locatedOverlap, located));
        metrics.put("coverage", share(given, n));
        return metrics;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
