package io.dateline.store;

import java.util.Arrays;

/**
 * A hash map from primitive longs to values, open addressing with linear probing: the merge index looks up a dozen
 * grid cells per event, and boxed or record keys cost a hash of their fields and a pointer walk each.
 */
final class LongKeyMap<V> {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys = filled(16);
    private Object[] values = new Object[16];
    private int size;

    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k == EMPTY) {
                return null;
            }
        }
    }

    /** Stores {@code value} under {@code key}; {@code key} must not be {@link Long#MIN_VALUE}. */
    void put(long key, V value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    void clear() {
        keys = filled(16);
        values = new Object[16];
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = filled(oldKeys.length * 2);
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static long[] filled(int length) {
        long[] array = new long[length];
        Arrays.fill(array, EMPTY);
        return array;
    }
}
