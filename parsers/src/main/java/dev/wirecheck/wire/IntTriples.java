package dev.wirecheck.wire;

import java.util.Arrays;

/**
 * A reusable, growable list of int triples: the index a view builds while it reads a message
 * (DHCP option instances: offset, data length, region; DNS entries: section, name offset, fixed
 * part offset). One array, strided, so a view that is read again and again allocates only when a
 * message has more entries than any before it — the dissector's hot path stays allocation-free.
 */
public final class IntTriples {
    private int[] cells;
    private int size;

    public IntTriples(int initialCapacity) {
        cells = new int[3 * Math.max(1, initialCapacity)];
    }

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    /** Appends a triple and returns its index. */
    public int add(int first, int second, int third) {
        int at = 3 * size;
        if (at == cells.length) {
            cells = Arrays.copyOf(cells, cells.length * 2);
        }
        cells[at] = first;
        cells[at + 1] = second;
        cells[at + 2] = third;
        return size++;
    }

    public int first(int index) {
        return cells[3 * index];
    }

    public int second(int index) {
        return cells[3 * index + 1];
    }

    public int third(int index) {
        return cells[3 * index + 2];
    }
}
