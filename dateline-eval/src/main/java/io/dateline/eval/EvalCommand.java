package io.dateline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.Dateline;
import io.dateline.eval.events.CaseSuite;
import io.dateline.eval.events.EventLocationSuite;
import io.dateline.eval.events.PloverSuite;
import io.dateline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code dateline eval SUITE [PATH...]}: scores the pipeline on a public evaluation set. Prints one aligned table per
 * report, then one JSON line per report; progress goes to standard error when it is a terminal.
 * Exit status: 0 done, 1 a data file could not be read, 2 bad usage or missing data.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score Dateline on public evaluation data.")
public final class EvalCommand implements Callable<Integer> {
    /** Every suite, in the order "all" runs them. Adding a suite is one line here. */
    static final List<EvalSuite> SUITES = List.of(
            new io.dateline.eval.places.PlacesSuite(),
            new io.dateline.eval.time.TimeSuite(),
            new io.dateline.eval.actors.ActorsSuite(),
            new CaseSuite(),
            new PloverSuite(),
            new EventLocationSuite(),
            new io.dateline.eval.notes.AcledNotesSuite());

    private static final long PROGRESS_SECONDS = 2;

    @Parameters(index = "0", paramLabel = "SUITE", description = "A suite name, or 'all'.")
    String suite;

    @Parameters(index = "1..*", paramLabel = "PATH",
            description = "Data files (default: the suite's files under the eval folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR",
            description = "Eval folder (default: " + EvalRoot.RELATIVE_DEFAULT + ", then $" + EvalRoot.ENV + ").")
    Path data;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the reports as a JSON array to FILE.")
    Path json;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N items of each file.")
    Integer limit;

    @Spec
    CommandSpec spec;

    private final List<EvalSuite> suites;
    private final Supplier<Pipeline> pipelineFactory;

    public EvalCommand() {
        this(SUITES, Dateline::standardPipeline);
    }

    /** For tests: other suites, and a pipeline that need not load the standard resources. */
    EvalCommand(List<EvalSuite> suites, Supplier<Pipeline> pipelineFactory) {
        this.suites = List.copyOf(suites);
        this.pipelineFactory = pipelineFactory;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<EvalSuite> chosen = choose(err);
        if (chosen == null) {
            return 2;
        }
        if (limit != null && limit < 1) {
            err.println("eval: --limit must be at least 1");
            return 2;
        }
        List<List<Path>> inputs = inputs(chosen, err);
        if (inputs == null) {
            return 2;
        }

        Pipeline pipeline = pipelineFactory.get();
        List<EvalReport> reports = new ArrayList<>();
        int status = 0;
        for (int i = 0; i < chosen.size(); i++) {
            EvalSuite s = chosen.get(i);
            EvalContext context = new EvalContext(limit == null ? Integer.MAX_VALUE : limit, new Progress());
            ProgressTicker ticker = ProgressTicker.start(s.name(), context.progress(), err);
            try {
                reports.add(s.run(inputs.get(i), pipeline, context));
            } catch (IOException | RuntimeException e) {
                err.println("eval: suite " + s.name() + " failed: " + e.getMessage());
                status = 1;
            } finally {
                ticker.stop();
            }
        }

        for (EvalReport report : reports) {
            out.println(ReportTable.format(report));
        }
        ObjectMapper mapper = new ObjectMapper();
        try {
            for (EvalReport report : reports) {
                out.println(mapper.writeValueAsString(report));
            }
            if (json != null) {
                Files.writeString(json, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(reports) + "\n");
            }
        } catch (IOException e) {
            err.println("eval: cannot write JSON: " + e.getMessage());
            status = 1;
        }
        out.flush();
        return status;
    }

    /** The suites named on the command line, or null after explaining why there are none. */
    private List<EvalSuite> choose(PrintWriter err) {
        if ("all".equals(suite)) {
            if (!paths.isEmpty()) {
                err.println("eval: paths can only be given with a single suite, not with 'all'");
                return null;
            }
            return suites;
        }
        Optional<EvalSuite> named = suites.stream().filter(s -> s.name().equals(suite)).findFirst();
        if (named.isEmpty()) {
            err.println("eval: unknown suite '" + suite + "'; known: "
                    + suites.stream().map(EvalSuite::name).collect(Collectors.joining(", ")) + ", all");
            return null;
        }
        return List.of(named.get());
    }

    /** Each chosen suite's input files, or null after listing the missing ones. */
    private List<List<Path>> inputs(List<EvalSuite> chosen, PrintWriter err) {
        List<List<Path>> result = new ArrayList<>();
        if (!paths.isEmpty()) {
            result.add(List.copyOf(paths));
        } else {
            Optional<Path> root = EvalRoot.find(data, Path.of("").toAbsolutePath(), System.getenv(EvalRoot.ENV));
            if (root.isEmpty()) {
                err.println(data != null
                        ? "eval: --data " + data + " is not a directory"
                        : "eval: no eval data: give --data DIR, or run next to " + EvalRoot.RELATIVE_DEFAULT
                        + ", or set " + EvalRoot.ENV);
                return null;
            }
            for (EvalSuite s : chosen) {
                result.add(s.defaultPaths().stream().map(root.get()::resolve).toList());
            }
        }
        List<Path> missing = result.stream().flatMap(List::stream)
                .filter(p -> !Files.isRegularFile(p) && !Files.isDirectory(p)).toList();
        if (!missing.isEmpty()) {
            err.println("eval: missing data file" + (missing.size() > 1 ? "s" : "") + ":");
            missing.forEach(p -> err.println("  " + p));
            return null;
        }
        return result;
    }

    /** Prints "suite: done/total" on standard error every two seconds, only when it is a terminal. */
    private static final class ProgressTicker {
        private final ScheduledExecutorService timer;
        private final PrintWriter err;

        private ProgressTicker(ScheduledExecutorService timer, PrintWriter err) {
            this.timer = timer;
            this.err = err;
        }

        static ProgressTicker start(String name, Progress progress, PrintWriter err) {
            if (!io.dateline.batch.Progress.stderrIsTerminal()) {
                return new ProgressTicker(null, err);
            }
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "eval-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(() -> {
                err.print("\r" + name + ": " + progress.done() + "/" + progress.total() + " items");
                err.flush();
            }, PROGRESS_SECONDS, PROGRESS_SECONDS, TimeUnit.SECONDS);
            return new ProgressTicker(timer, err);
        }

        void stop() {
            if (timer != null) {
                timer.shutdownNow();
                try {
                    timer.awaitTermination(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
