package io.dateline.store;

/** What a write did: articles added, replaced (a changed version of a known source), unchanged, events stored. */
public record WriteResult(int added, int replaced, int unchanged, int events) {
    static final class Builder {
        int added;
        int replaced;
        int unchanged;
        int events;

        WriteResult build() {
            return new WriteResult(added, replaced, unchanged, events);
        }
    }
}
