package io.dateline.cli;

import io.dateline.Dateline;
import io.dateline.batch.BatchResult;
import io.dateline.batch.Progress;
import io.dateline.output.AnnotationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline annotate FILE...}: the dateline/1 JSON Lines on stdout, one line per article, in input order. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotate text, HTML or JSON Lines files (or - for stdin); JSON Lines on stdout.")
public final class AnnotateCommand implements Callable<Integer> {
    @Mixin
    AnnotateOptions options = new AnnotateOptions();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders (recursive); - for stdin.")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        String error = options.validate();
        if (error != null) {
            System.err.println("dateline annotate: " + error);
            return 2;
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        BatchResult result = annotate(inputs, System.in, options, out);
        out.flush();
        return Problems.exitStatus("annotate", result);
    }

    static BatchResult annotate(List<String> inputs, java.io.InputStream stdin, AnnotateOptions options, Writer out) {
        return options.batch(Dateline.standardPipeline()).run(inputs, stdin, AnnotationJson::toLine, line -> {
            try {
                out.write(line);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Problems::report, new Progress(System.err, "annotate", Progress.stderrIsTerminal()));
    }
}
