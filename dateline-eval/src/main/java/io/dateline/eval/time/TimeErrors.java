package io.dateline.eval.time;

import io.dateline.dates.DateStage;
import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Error study for the time suite, one line per error: wrong values, wrong types, missed and spurious expressions,
 * each with its document, creation time and a little context. Not part of the scores; run with
 * {@code java -cp dateline-cli/target/dateline.jar io.dateline.eval.time.TimeErrors [--all] PATH}; {@code --all}
 * also prints the correct pairs ("OK").
 */
public final class TimeErrors {
    private static final int CONTEXT = 60;

    private TimeErrors() {
    }

    public static void main(String[] args) throws IOException {
        boolean all = List.of(args).contains("--all");
        String path = List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst()
                .orElse("../shared/eval/time/tbaq-cleaned");
        TimeSuite suite = new TimeSuite();
        List<TimeMlDocument> docs = suite.documents(Path.of(path));
        Map<String, TimeMlDocument> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        // the date stage needs only the text: no need to load the other stages' resources
        Pipeline dates = Pipeline.builder().add(new DateStage()).build();
        TimexScorer scorer = suite.score(docs, dates);
        PrintStream out = System.out;
        for (TimexScorer.Pair p : scorer.pairs()) {
            TimeMlDocument doc = byId.get(p.document());
            boolean value = p.gold().value() != null && p.gold().value().equals(p.system().value());
            boolean type = p.gold().type() != null && p.gold().type().equals(p.system().type());
            if (!value || !type || all) {
                out.println((value && type ? "OK" : value ? "TYPE" : "VALUE") + "\t" + doc.id() + "\t" + doc.dct() + "\t"
                        + p.gold().start() + "\t" + span(doc, p.gold()) + "\t" + p.gold().type() + " " + p.gold().value() + "\t"
                        + span(doc, p.system()) + "\t" + p.system().type() + " " + p.system().value() + "\t"
                        + context(doc, p.gold()));
            }
        }
        // missed and spurious carry no document: find it by span text is unreliable, so score again per document
        for (TimeMlDocument doc : docs) {
            TimexScorer one = suite.score(List.of(doc), dates);
            for (Timex g : one.missed()) {
                out.println("MISSED\t" + doc.id() + "\t" + doc.dct() + "\t" + g.start() + "\t" + span(doc, g) + "\t" + g.type() + " "
                        + g.value() + "\t\t\t" + context(doc, g));
            }
            for (Timex s : one.spurious()) {
                out.println("SPURIOUS\t" + doc.id() + "\t" + doc.dct() + "\t" + s.start() + "\t\t\t" + span(doc, s) + "\t" + s.type()
                        + " " + s.value() + "\t" + context(doc, s));
            }
        }
        out.println("metrics\t" + scorer.metrics());
    }

    private static String span(TimeMlDocument doc, Timex t) {
        return doc.text().substring(t.start(), t.end()).replace('\n', ' ');
    }

    private static String context(TimeMlDocument doc, Timex t) {
        String text = doc.text();
        return (text.substring(Math.max(0, t.start() - CONTEXT), t.start()) + "[["
                + text.substring(t.start(), t.end()) + "]]"
                + text.substring(t.end(), Math.min(text.length(), t.end() + CONTEXT))).replace('\n', ' ');
    }
}
