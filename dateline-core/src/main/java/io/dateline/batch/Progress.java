package io.dateline.batch;

import java.io.PrintStream;

/**
 * Progress on stderr for long runs: silent for the first two seconds, then one self-overwriting line at most every
 * half second. Disabled when stderr is not a terminal, so logs stay clean.
 */
public final class Progress {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintStream err;
    private final String label;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastShown;
    private boolean shown;

    public Progress(PrintStream err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    public static Progress none() {
        return new Progress(System.err, "", false);
    }

    /** True when the launcher said stderr is a terminal. */
    public static boolean stderrIsTerminal() {
        return "1".equals(System.getenv("DATELINE_STDERR_TTY"));
    }

    public void update(long articles, long tokens) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - started < QUIET_NANOS || now - lastShown < EVERY_NANOS) {
            return;
        }
        lastShown = now;
        shown = true;
        double seconds = (now - started) / 1e9;
        err.printf("\r%s: %,d articles, %,d tokens, %.0f s (%,.0f tokens/s)   ", label, articles, tokens, seconds,
                tokens / seconds);
        err.flush();
    }

    public void finish(long articles, long tokens) {
        if (shown) {
            lastShown = 0;
            update(articles, tokens);
            err.println();
        }
    }
}
