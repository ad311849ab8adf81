package io.dateline.eval.notes;

import io.dateline.eval.EvalContext;
import io.dateline.eval.EvalReport;
import io.dateline.eval.EvalSuite;
import io.dateline.model.Article;
import io.dateline.model.ArticleIds;
import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * ACLED-style event notes ("On 3 March 2024, JNIM militants attacked an army post in Djibo (Soum, Sahel). 12
 * soldiers were killed."): can we code a note as ACLED would? Runs on the team-written sets shipped in this
 * module unless files are given: the development set ({@link NoteReader#BUNDLED}) and the held-out sets written
 * blind to the system ({@link NoteReader#HELD_OUT_SETS}).
 *
 * <p>Each note is one article whose publication date is the record's, text unchanged. We score our most confident
 * event (earliest on a tie) with {@link NoteScorer}: sub-event type, exact event date, place within 25 km,
 * exact fatalities (null counted as 0).
 */
public final class AcledNotesSuite implements EvalSuite {
    @Override
    public String name() {
        return "acled-notes";
    }

    /** None: the data ships with this module. */
    @Override
    public List<String> defaultPaths() {
        return List.of();
    }

    @Override
    public EvalReport run(List<Path> paths, Pipeline pipeline, EvalContext context) throws IOException {
        List<EvalReport.Row> rows = new ArrayList<>();
        if (paths.isEmpty()) {
            rows.add(row("acled-style-notes (team-written)", NoteReader.readBundled(), pipeline, context));
            for (int k = 0; k < NoteReader.HELD_OUT_SETS.size(); k++) {
                rows.add(row(ORDINALS.get(k) + "held-out notes (team-written, blind)",
                        NoteReader.readBundled(NoteReader.HELD_OUT_SETS.get(k)), pipeline, context));
            }
        }
        for (Path path : paths) {
            rows.add(row(path.getFileName().toString(), NoteReader.read(path), pipeline, context));
        }
        return new EvalReport(name(), rows);
    }

    /** How the held-out rows are named, in the order the sets were written. */
    private static final List<String> ORDINALS = List.of("", "second ", "third ", "fourth ", "fifth ", "sixth ",
            "seventh ", "eighth ", "ninth ", "tenth ", "eleventh ", "twelfth ", "thirteenth ", "fourteenth ",
            "fifteenth ", "sixteenth ", "seventeenth ", "eighteenth ", "nineteenth ",
            "twentieth ", "twenty-first ", "twenty-second ", "twenty-third ", "twenty-fourth ", "twenty-fifth ",
            "twenty-sixth ", "twenty-seventh ", "twenty-eighth ", "twenty-ninth ", "thirtieth ", "thirty-first ",
            "thirty-second ", "thirty-third ", "thirty-fourth ", "thirty-fifth ", "thirty-sixth ");

    private static EvalReport.Row row(String dataset, List<Note> all, Pipeline pipeline, EvalContext context) {
        List<Note> notes = context.take(all);
        context.progress().start(notes.size());
        List<NoteAnswer> answers = new ArrayList<>(notes.size());
        for (Note note : notes) {
            answers.add(answer(note, pipeline));
            context.progress().advance();
        }
        return new EvalReport.Row(dataset, "dateline", NoteScorer.score(notes, answers));
    }

    /** Our answer for one note. */
    public static NoteAnswer answer(Note note, Pipeline pipeline) {
        Article article = new Article("acled-notes:" + note.id(), ArticleIds.of(note.text()), null, null,
                note.published(), note.text(), List.of(), null);
        return NoteAnswer.of(pipeline.process(article).events());
    }
}
