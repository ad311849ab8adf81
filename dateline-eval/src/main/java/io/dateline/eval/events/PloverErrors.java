package io.dateline.eval.events;

import io.dateline.Dateline;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Event;
import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Lists the PLOVER records whose type we get wrong, for error analysis, one tab-separated line each: id, gold type,
 * our type, our mode, our status, the sentence (types in the 2021 names, as scored). Usage:
 * {@code java -cp dateline.jar io.dateline.eval.events.PloverErrors FILE [all]} ({@code all}: right ones too).
 */
public final class PloverErrors {
    private PloverErrors() {
    }

    public static void main(String[] args) throws IOException {
        List<PloverItem> items = PloverReader.read(Path.of(args[0]));
        boolean all = args.length > 1 && args[1].equals("all");
        Pipeline pipeline = Dateline.standardPipeline();
        for (PloverItem item : items) {
            AnnotatedArticle annotated = pipeline.process(TextArticle.of("plover:" + item.id(), item.text()));
            Optional<Event> event = EventChoice.mostConfident(annotated.events());
            String gold = PloverTypes.normalise(item.eventType());
            String ours = PloverTypes.normalise(event.map(Event::plover).orElse(null));
            if (all || !gold.equals(ours)) {
                System.out.println(item.id() + "\t" + gold + "\t" + ours + "\t"
                        + event.map(Event::ploverMode).orElse("-") + "\t" + event.map(Event::status).orElse("-")
                        + "\t" + item.text().replace('\n', ' '));
            }
        }
    }
}
