package io.dateline.eval.events;

import io.dateline.Dateline;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.EventLocation;
import io.dateline.model.PlaceMention;
import io.dateline.model.Span;
import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lists the event-location sentences we get wrong (strict), one tab-separated line each: id, gold spans, our span,
 * the place mentions the place stage found, the sentence. For error analysis only. Usage:
 * {@code java -cp dateline.jar io.dateline.eval.events.EventLocationErrors PATH}.
 */
public final class EventLocationErrors {
    private EventLocationErrors() {
    }

    public static void main(String[] args) throws IOException {
        List<EventLocationItem> items = EventLocationReader.read(Path.of(args[0]));
        Pipeline pipeline = Dateline.standardPipeline();
        for (EventLocationItem item : items) {
            AnnotatedArticle a = pipeline.process(TextArticle.of("event-location:" + item.id(), item.text()));
            Optional<EventLocation> loc = EventChoice.mostConfidentAt(a.events(), item.verb()).map(e -> e.location());
            Span ours = loc.filter(l -> l.start() >= 0).map(l -> new Span(l.start(), l.end())).orElse(null);
            boolean right = item.locations().isEmpty() ? ours == null : ours != null && item.locations().contains(ours);
            if (right) {
                continue;
            }
            String gold = item.locations().stream().map(s -> cut(item.text(), s)).collect(Collectors.joining("|"));
            String places = a.places().stream().map(EventLocationErrors::describe).collect(Collectors.joining("; "));
            System.out.println(item.id() + "\tgold=" + (gold.isEmpty() ? "-" : gold) + "\tours="
                    + (ours == null ? "-" : cut(item.text(), ours)) + "\tplaces=" + places + "\t" + item.text());
        }
    }

    private static String describe(PlaceMention p) {
        return p.text() + "[" + p.feature() + "," + p.country() + "]";
    }

    private static String cut(String text, Span s) {
        return text.substring(Math.max(0, s.start()), Math.min(text.length(), s.end()));
    }
}
