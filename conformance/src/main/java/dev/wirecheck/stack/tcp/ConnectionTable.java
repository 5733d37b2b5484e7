package dev.wirecheck.stack.tcp;

import java.util.Arrays;

/**
 * Connections by the 64-bit hash of their 4-tuple, in an open-addressing table so that a
 * lookup allocates nothing (a {@code HashMap<Long, …>} would box every key). Two tuples with
 * the same 64-bit hash would share an entry; with a mixed 64-bit hash over the few thousand
 * connections of a capture that chance is negligible.
 */
final class ConnectionTable {
    private long[] keys = new long[64];
    private TcpConnection[] values = new TcpConnection[64];
    private int size;

    TcpConnection get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return null;
    }

    void put(long key, TcpConnection c) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            size++;
        }
        keys[i] = key;
        values[i] = c;
    }

    private void grow() {
        long[] oldKeys = keys;
        TcpConnection[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new TcpConnection[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    void clear() {
        Arrays.fill(values, null);
        size = 0;
    }
}
