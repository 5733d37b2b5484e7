package dev.wirecheck.properties;

import dev.wirecheck.wire.Octets;

import java.util.ArrayList;
import java.util.List;

/**
 * The primitive generators. Each maps its choices so that a smaller choice means a
 * simpler value: integers shrink toward the lower bound, alternatives toward the first,
 * lists toward fewer elements (each element is preceded by a "one more?" choice, so
 * deleting a pair of choices deletes an element).
 */
public final class Gens {
    private Gens() {}

    public static <T> Gen<T> constant(T value) {
        return s -> value;
    }

    /** An int in {@code [lo, hi]}. */
    public static Gen<Integer> ints(int lo, int hi) {
        if (hi < lo) {
            throw new IllegalArgumentException("empty range " + lo + ".." + hi);
        }
        return s -> (int) (lo + s.draw((long) hi - lo));
    }

    /** A long in {@code [lo, hi]}, for ranges wider than an int (sequence numbers, identifiers). */
    public static Gen<Long> longs(long lo, long hi) {
        if (hi < lo || hi - lo < 0) {
            throw new IllegalArgumentException("range " + lo + ".." + hi + " is empty or too wide");
        }
        return s -> lo + s.draw(hi - lo);
    }

    public static Gen<Boolean> booleans() {
        return s -> s.draw(1) == 1;
    }

    /** One of the values; shrinks toward the first. */
    @SafeVarargs
    public static <T> Gen<T> elements(T... values) {
        List<T> copy = List.of(values);
        return s -> copy.get((int) s.draw(copy.size() - 1));
    }

    /** A value of one of the generators, picked uniformly; shrinks toward the first. */
    @SafeVarargs
    public static <T> Gen<T> oneOf(Gen<? extends T>... alternatives) {
        return oneOf(List.of(alternatives));
    }

    public static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> alternatives) {
        List<Gen<? extends T>> copy = List.copyOf(alternatives);
        return s -> copy.get((int) s.draw(copy.size() - 1)).generate(s);
    }

    /** Between {@code min} and {@code max} elements, about {@code min + 3} on average when drawn fresh. */
    public static <T> Gen<List<T>> lists(Gen<? extends T> element, int min, int max) {
        return lists(element, min, max, 3);
    }

    /** Between {@code min} and {@code max} elements, about {@code min + extra} on average when drawn fresh. */
    public static <T> Gen<List<T>> lists(Gen<? extends T> element, int min, int max, double extra) {
        double more = extra / (extra + 1);
        return s -> {
            List<T> out = new ArrayList<>();
            while (out.size() < max && (out.size() < min || s.weighted(more))) {
                out.add(element.generate(s));
            }
            return out;
        };
    }

    public static Gen<byte[]> bytes(int min, int max) {
        return bytes(min, max, 3);
    }

    /** Between {@code min} and {@code max} bytes, about {@code min + extra} on average. */
    public static Gen<byte[]> bytes(int min, int max, double extra) {
        Gen<Integer> oneByte = ints(0, 255);
        return lists(oneByte, min, max, extra).map(list -> {
            byte[] out = new byte[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) (int) list.get(i);
            }
            return out;
        });
    }

    public static Gen<Octets> octets(int min, int max) {
        return bytes(min, max).map(Octets::of);
    }

    public static Gen<Octets> octets(int min, int max, double extra) {
        return bytes(min, max, extra).map(Octets::of);
    }

    /** Exactly {@code n} bytes. */
    public static Gen<Octets> octets(int n) {
        return octets(n, n);
    }
}
