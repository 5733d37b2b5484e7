package dev.wirecheck.stack.tcp;

/** Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4): comparisons hold across the wrap. */
public final class Seq {
    private Seq() {
    }

    public static long add(long a, long n) {
        return (a + n) & 0xffffffffL;
    }

    /** a − b as a signed distance, correct while the two lie within 2^31 of each other. */
    public static int diff(long a, long b) {
        return (int) (a - b);
    }

    public static boolean lt(long a, long b) {
        return diff(a, b) < 0;
    }

    public static boolean le(long a, long b) {
        return diff(a, b) <= 0;
    }
}
