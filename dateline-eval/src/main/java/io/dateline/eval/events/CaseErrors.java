package io.dateline.eval.events;

import io.dateline.Dateline;
import io.dateline.model.AnnotatedArticle;
import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Lists the CASE 2021 snippets we label wrong, for error analysis (tab-separated: id, gold, ours, snippet), scored as
 * {@link CaseSuite} scores them. Usage:
 * {@code java -cp dateline.jar io.dateline.eval.events.CaseErrors ../shared/eval/events/case2021-task2-dev.tsv}.
 */
public final class CaseErrors {
    private CaseErrors() {
    }

    public static void main(String[] args) throws IOException {
        List<CaseItem> items = CaseReader.read(Path.of(args[0]));
        Pipeline pipeline = Dateline.standardPipeline();
        for (CaseItem item : items) {
            AnnotatedArticle annotated = pipeline.process(TextArticle.of("case:" + item.id(), item.snippet()));
            String ours = EventChoice.lead(annotated).map(CaseLabelMapping::label).orElse(CaseLabelMapping.NONE);
            if (!ours.equals(item.label())) {
                System.out.println(item.id() + "\t" + item.label() + "\t" + ours + "\t" + item.snippet());
            }
        }
    }
}
