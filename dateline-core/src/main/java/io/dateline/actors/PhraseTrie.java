package io.dateline.actors;

import java.util.HashMap;
import java.util.Map;

/**
 * A trie over normalised words: each word is interned to an int, each edge is one entry of a hash map keyed by
 * (node, word). Lookup costs one hash probe per word and no regex; built once, read-only afterwards.
 */
final class PhraseTrie {
    static final int MAX_WORDS = 12;

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<Long, Integer> edges = new HashMap<>();
    private final Map<Integer, Lexeme> payloads = new HashMap<>();
    private int nodes = 1; // node 0 is the root
    private int collisions;
    private final java.util.List<String> conflicts = new java.util.ArrayList<>();

    /** Adds a phrase; returns false (and keeps the first) if the phrase is already there. */
    boolean add(String[] words, Lexeme lexeme) {
        if (words.length == 0 || words.length > MAX_WORDS) {
            throw new IllegalArgumentException("phrase of " + words.length + " words: " + String.join(" ", words));
        }
        int node = 0;
        for (String word : words) {
            int id = vocabulary.computeIfAbsent(word, w -> vocabulary.size());
            long key = key(node, id);
            Integer child = edges.get(key);
            if (child == null) {
                child = nodes++;
                edges.put(key, child);
            }
            node = child;
        }
        Lexeme existing = payloads.get(node);
        if (existing != null) {
            collisions++;
            if (!existing.name().equals(lexeme.name()) || existing.type() != lexeme.type()) {
                conflicts.add(String.join(" ", words) + ": " + existing.name() + " / " + lexeme.name());
            }
            return false;
        }
        payloads.put(node, lexeme);
        return true;
    }

    /** The word's id, or -1 if no phrase contains it. */
    int wordId(String word) {
        Integer id = vocabulary.get(word);
        return id == null ? -1 : id;
    }

    /** The child of node along word id, or -1. */
    int child(int node, int wordId) {
        Integer child = edges.get(key(node, wordId));
        return child == null ? -1 : child;
    }

    Lexeme payload(int node) {
        return payloads.get(node);
    }

    int phrases() {
        return payloads.size();
    }

    int collisions() {
        return collisions;
    }

    /** Phrases claimed by two different actors (the first kept), for review of the lexicons. */
    java.util.List<String> conflicts() {
        return java.util.List.copyOf(conflicts);
    }

    private static long key(int node, int wordId) {
        return ((long) node << 32) | (wordId & 0xffffffffL);
    }
}
