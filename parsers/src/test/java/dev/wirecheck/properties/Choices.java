package dev.wirecheck.properties;

import java.util.Arrays;

/**
 * The integers a generator drew for one example, in order. Every generated value is a
 * pure function of its choices (see {@link Source}), so shrinking edits this sequence and
 * regenerates instead of knowing anything about the values themselves: the idea of
 * Hypothesis's "internal reduction" (MacIver and Donaldson, ECOOP 2020).
 */
public final class Choices implements Comparable<Choices> {
    private final long[] values;

    Choices(long[] values) {
        this.values = values;
    }

    public static Choices of(long... values) {
        return new Choices(values.clone());
    }

    public int size() {
        return values.length;
    }

    public long get(int i) {
        return values[i];
    }

    long[] copy() {
        return values.clone();
    }

    /** Without the {@code count} values starting at {@code from}. */
    Choices without(int from, int count) {
        long[] out = new long[values.length - count];
        System.arraycopy(values, 0, out, 0, from);
        System.arraycopy(values, from + count, out, from, values.length - from - count);
        return new Choices(out);
    }

    Choices with(int index, long value) {
        long[] out = values.clone();
        out[index] = value;
        return new Choices(out);
    }

    /**
     * Shortlex order: fewer choices first, then the smaller value at the first difference.
     * A shrink is accepted only when it makes the failing choices strictly smaller in this
     * order, which is what guarantees that shrinking ends.
     */
    @Override
    public int compareTo(Choices other) {
        if (values.length != other.values.length) {
            return Integer.compare(values.length, other.values.length);
        }
        return Arrays.compare(values, other.values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Choices c && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
