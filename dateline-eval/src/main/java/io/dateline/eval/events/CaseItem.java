package io.dateline.eval.events;

/** One CASE 2021 task 2 snippet and its gold label (e.g. "AIR_STRIKE"). */
public record CaseItem(String id, String snippet, String label) {
}
