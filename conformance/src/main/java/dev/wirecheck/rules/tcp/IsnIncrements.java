package dev.wirecheck.rules.tcp;

import dev.wirecheck.stack.tcp.TcpEndpoint;

import java.util.Arrays;
import java.util.List;

/** The increments between consecutive ISNs (mod 2^32) and the time between their SYNs. */
final class IsnIncrements {
    /** Rates within this fraction of each other count as one clock. */
    private static final double LINEAR_TOLERANCE = 0.01;
    private final long[] delta;
    private final long[] nanos;

    IsnIncrements(List<TcpEndpoint> sides) {
        delta = new long[sides.size() - 1];
        nanos = new long[sides.size() - 1];
        for (int i = 1; i < sides.size(); i++) {
            delta[i - 1] = (sides.get(i).isn() - sides.get(i - 1).isn()) & 0xffffffffL;
            nanos[i - 1] = sides.get(i).synTime() - sides.get(i - 1).synTime();
        }
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
