package dev.wirecheck.rules.tcp;

import dev.wirecheck.stack.tcp.TcpConnection;

import java.util.Arrays;
import java.util.List;

/**
 * The increments between the DUT's consecutive ISNs (mod 2^32), the time between their SYNs, and
 * whether the two connections share their ports (the same 4-tuple reused).
 */
final class IsnIncrements {
    /** Rates within this fraction of each other count as one clock. */
    private static final double LINEAR_TOLERANCE = 0.01;
    /**
     * An increment below this is "near": with F(4-tuple, secret) of RFC 9293 §3.4.1 two connections of
     * different 4-tuples get unrelated ISNs, near each other by chance with probability 2^16 / 2^32.
     */
    private static final long NEAR = 1L << 16;
    private final long[] delta;
    private final long[] nanos;
    private final boolean[] sameTuple;

    IsnIncrements(List<TcpConnection> connections) {
        int n = connections.size() - 1;
        delta = new long[n];
        nanos = new long[n];
        sameTuple = new boolean[n];
        for (int i = 1; i <= n; i++) {
            TcpConnection a = connections.get(i - 1), b = connections.get(i);
            delta[i - 1] = (b.dut().isn() - a.dut().isn()) & 0xffffffffL;
            nanos[i - 1] = b.dut().synTime() - a.dut().synTime();
            sameTuple[i - 1] = a.dutPort() == b.dutPort() && a.peerPort() == b.peerPort() && a.v6() == b.v6();
        }
    }

    /**
     * Every increment between connections of different 4-tuples (at least two of them) stays within
     * 2^16 of the previous ISN, in either direction: a counter or clock with a small step, not a
     * per-tuple secret function (chance for random ISNs: 2^-15 per increment).
     */
    boolean clustered() {
        int judged = 0;
        for (int i = 0; i < delta.length; i++) {
            if (sameTuple[i]) {
                continue;
            }
            if (delta[i] >= NEAR && delta[i] <= (1L << 32) - NEAR) {
                return false;
            }
            judged++;
        }
        return judged >= 2;
    }

    boolean constant() {
        return Arrays.stream(delta).distinct().count() == 1;
    }

    /** Every increment is the same number of sequence units per nanosecond, within 1 %. */
    boolean linearInTime() {
        double min = Double.MAX_VALUE, max = 0;
        for (int i = 0; i < delta.length; i++) {
            if (nanos[i] <= 0) {
                return false;
            }
            double r = (double) delta[i] / nanos[i];
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        return max > 0 && (max - min) <= LINEAR_TOLERANCE * max;
    }

    String ratePerMicrosecond() {
        return String.format(java.util.Locale.ROOT, "%.3f", 1000.0 * delta[0] / Math.max(1, nanos[0]));
    }

    String summary() {
        long[] s = delta.clone();
        Arrays.sort(s);
        return "min " + s[0] + ", median " + s[s.length / 2] + ", max " + s[s.length - 1];
    }
}
