package io.dateline.eval;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code dateline eval SUITE PATH...}: scores the pipeline on a public evaluation set. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score Dateline on public evaluation data.")
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("eval: not built yet");
        return 2;
    }
}
