package io.dateline.eval;

import java.util.List;

/**
 * How a suite should run: on the first {@code limit} items of each file (for quick runs), counting items on
 * {@code progress} so that the command can show how far it is.
 */
public record EvalContext(int limit, Progress progress) {
    public EvalContext {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** Every item, progress counted but shown nowhere. */
    public static EvalContext unlimited() {
        return new EvalContext(Integer.MAX_VALUE, new Progress());
    }

    /** The first {@code limit} items, in order. */
    public <T> List<T> take(List<T> items) {
        return items.size() <= limit ? items : items.subList(0, limit);
    }
}
