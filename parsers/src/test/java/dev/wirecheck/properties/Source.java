package dev.wirecheck.properties;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Where generators get their randomness: a sequence of bounded integer choices. A source
 * either draws fresh choices from a seeded random generator, or replays a recorded
 * {@link Choices} prefix and continues with zeros once it runs out (so a shrunk, shorter
 * sequence still makes a value, and zero is always the simplest choice: the lower end of
 * a range, the first alternative, "stop" for a list). Every choice made is recorded.
 */
public final class Source {
    /** More choices than any sane example needs: a generator that draws more is rejected. */
    public static final int MAX_DRAWS = 100_000;

    private final SplittableRandom random;
    private final long[] prefix;
    private long[] drawn = new long[64];
    private int count;

    private Source(SplittableRandom random, long[] prefix) {
        this.random = random;
        this.prefix = prefix;
    }

    /** Fresh choices from {@code seed}. */
    public static Source random(long seed) {
        return new Source(new SplittableRandom(seed), new long[0]);
    }

    /** Replays {@code choices}, then zeros. */
    public static Source replay(Choices choices) {
        return new Source(null, choices.copy());
    }

    /**
     * A choice in {@code [0, max]}. Replayed values above {@code max} are reduced modulo
     * {@code max + 1}, so an edited sequence always stays inside every range.
     */
    public long draw(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must be at least 0, got " + max);
        }
        long v;
        if (count < prefix.length) {
            long p = prefix[count];
            v = p >= 0 && p <= max ? p
                    : max == Long.MAX_VALUE ? p & Long.MAX_VALUE : Long.remainderUnsigned(p, max + 1);
        } else if (random == null) {
            v = 0;
        } else {
            v = fresh(max);
        }
        record(v);
        return v;
    }

    /**
     * A yes/no choice that is yes with probability {@code p} when drawn fresh (the bias
     * sets, say, the average length of a list); replayed like any other choice.
     */
    public boolean weighted(double p) {
        long v;
        if (count < prefix.length) {
            v = prefix[count] == 0 ? 0 : 1;
        } else if (random == null) {
            v = 0;
        } else {
            v = random.nextDouble() < p ? 1 : 0;
        }
        record(v);
        return v == 1;
    }

    /**
     * Fresh values lean on the edges, where parsers break: zero, the maximum and small
     * numbers each get a share besides the uniform draw.
     */
    private long fresh(long max) {
        switch (random.nextInt(10)) {
            case 0:
                return 0;
            case 1:
                return max;
            case 2:
            case 3:
                return random.nextLong(Math.min(max, 16) + 1);
            default:
                return max == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(max + 1);
        }
    }

    private void record(long v) {
        if (count == MAX_DRAWS) {
            throw new Rejected("more than " + MAX_DRAWS + " choices drawn");
        }
        if (count == drawn.length) {
            drawn = Arrays.copyOf(drawn, drawn.length * 2);
        }
        drawn[count++] = v;
    }

    /** Discards the current example (see {@link Rejected}). */
    public static Rejected reject(String why) {
        return new Rejected(why);
    }

    /** The choices made so far. */
    public Choices recorded() {
        return new Choices(Arrays.copyOf(drawn, count));
    }
}
