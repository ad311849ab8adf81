package io.dateline.eval.time;

import io.dateline.eval.EvalContext;
import io.dateline.eval.EvalReport;
import io.dateline.eval.EvalSuite;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.ArticleIds;
import io.dateline.model.DateMention;
import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code dateline eval time}: temporal expressions on TimeML corpora (TimeBank + AQUAINT), each document run with its
 * creation time as the publication date, scored as in TempEval-3.
 */
public final class TimeSuite implements EvalSuite {
    private final TimeMlReader reader = new TimeMlReader();

    @Override
    public String name() {
        return "time";
    }

    @Override
    public List<String> defaultPaths() {
        return List.of("time/tbaq-cleaned");
    }

    @Override
    public EvalReport run(List<Path> paths, Pipeline pipeline, EvalContext context) throws IOException {
        List<EvalReport.Row> rows = new ArrayList<>();
        for (Path path : paths) {
            TimexScorer scorer = score(documents(path), pipeline);
            rows.add(new EvalReport.Row(path.getFileName().toString(), "dateline", scorer.metrics()));
        }
        return new EvalReport(name(), rows);
    }

    /** Runs the pipeline on every document and returns the filled scorer (its pairs serve error studies). */
    public TimexScorer score(List<TimeMlDocument> documents, Pipeline pipeline) {
        TimexScorer scorer = new TimexScorer();
        for (TimeMlDocument doc : documents) {
            Article article = new Article(doc.id(), ArticleIds.of(doc.text()), null, null, doc.dct(), doc.text(),
                    List.of(), null);
            AnnotatedArticle annotated = pipeline.process(article);
            List<Timex> found = new ArrayList<>();
            for (DateMention d : annotated.dates()) {
                found.add(new Timex(d.start(), d.end(), d.type(), d.value()));
            }
            scorer.add(doc.id(), doc.timexes(), found);
        }
        return scorer;
    }

    /**
     * The .tml files under a folder (or one file), sorted by path. A file name seen twice (the corpus ships a copy of
     * one document in a test folder) is read once.
     */
    public List<TimeMlDocument> documents(Path path) throws IOException {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
            }
        } else {
            files = List.of(path);
        }
        Set<String> seen = new HashSet<>();
        List<TimeMlDocument> docs = new ArrayList<>();
        for (Path file : files) {
            if (seen.add(file.getFileName().toString())) {
                docs.add(reader.read(file));
            }
        }
        return docs;
    }
}
