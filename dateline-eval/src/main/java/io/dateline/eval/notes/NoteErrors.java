package io.dateline.eval.notes;

import io.dateline.Dateline;
import io.dateline.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Lists what we get wrong on the notes, one line per wrong field (tab-separated: id, field, gold, ours, note text),
 * for error analysis. Usage: {@code java -cp dateline.jar io.dateline.eval.notes.NoteErrors [FILE]}
 * (default: the bundled set).
 */
public final class NoteErrors {
    private NoteErrors() {
    }

    public static void main(String[] args) throws IOException {
        List<Note> notes = args.length > 0 ? NoteReader.read(Path.of(args[0])) : NoteReader.readBundled();
        Pipeline pipeline = Dateline.standardPipeline();
        for (Note note : notes) {
            NoteAnswer ours = AcledNotesSuite.answer(note, pipeline);
            NoteScorer.Verdict v = NoteScorer.judge(note, ours);
            if (!ours.found()) {
                print(note, "event", "-", "no event");
                continue;
            }
            if (!v.subEvent()) {
                print(note, "sub_event", note.subEventType(), String.valueOf(ours.subEventType()));
            }
            if (!v.date()) {
                print(note, "date", note.eventDate(), String.valueOf(ours.eventDate()));
            }
            if (!v.place()) {
                print(note, "place", note.location(), ours.location() + (v.km() == null ? " (no coordinates)"
                        : String.format(Locale.ROOT, " %.4f,%.4f (%.0f km)", ours.lat(), ours.lon(), v.km())));
            }
            if (!v.fatalities()) {
                print(note, "fatalities", String.valueOf(note.fatalities()), String.valueOf(ours.fatalities()));
            }
        }
    }

    private static void print(Note note, String field, String gold, String ours) {
        System.out.println(note.id() + "\t" + field + "\t" + gold + "\t" + ours + "\t" + note.text());
    }
}
