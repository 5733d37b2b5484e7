package dev.wirecheck.stack;

import java.util.Locale;

/** Parses and prints the checker's deadlines: {@code 1s}, {@code 250ms}, {@code 1.5s}, {@code 2000us}. */
public final class Durations {
    private Durations() {
    }

    public static long parseNanos(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long unit;
        String number;
        if (t.endsWith("ms")) {
            unit = 1_000_000L;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("us")) {
            unit = 1_000L;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            unit = 1_000_000_000L;
            number = t.substring(0, t.length() - 1);
        } else {
            throw new IllegalArgumentException("not a duration: '" + text + "' (write e.g. 1s, 250ms)");
        }
        double v;
        try {
            v = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (write e.g. 1s, 250ms)");
        }
        if (!(v > 0) || v * unit > 3600e9) {
            throw new IllegalArgumentException("a deadline must be above 0 and at most an hour: '" + text + "'");
        }
        return Math.round(v * unit);
    }

    public static String text(long nanos) {
        if (nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + " s";
        }
        if (nanos % 1_000_000L == 0) {
            return nanos / 1_000_000L + " ms";
        }
        return String.format(Locale.ROOT, "%.6f s", nanos / 1e9);
    }
}
