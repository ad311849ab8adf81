package io.dateline.eval;

import java.util.concurrent.atomic.AtomicLong;

/** Items done out of items to do, written by a suite and read by another thread that shows it. */
public final class Progress {
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    /** Starts counting a new batch of {@code items}. */
    public void start(long items) {
        done.set(0);
        total.set(items);
    }

    public void advance() {
        done.incrementAndGet();
    }

    public long done() {
        return done.get();
    }

    public long total() {
        return total.get();
    }
}
