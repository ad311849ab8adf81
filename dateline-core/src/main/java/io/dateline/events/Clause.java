package io.dateline.events;

/** A clause of a sentence as a range of word indexes [first, end). */
public record Clause(int first, int end) {
    public boolean contains(int word) {
        return word >= first && word < end;
    }
}
