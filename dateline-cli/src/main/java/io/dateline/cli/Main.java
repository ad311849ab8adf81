package io.dateline.cli;

import io.dateline.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command: each subcommand hands off to one class. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = "Event data from raw news: who did what to whom, where and when.",
        subcommands = {AnnotateCommand.class, DemoCommand.class, IngestCommand.class, ServeCommand.class,
                BenchCommand.class, EvalCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
