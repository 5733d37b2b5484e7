package dev.wirecheck.fuzz;

import java.util.Arrays;

/**
 * Decodes fuzzer bytes into choices, in the manner of Jazzer's FuzzedDataProvider: small
 * integers and booleans from the front, and once the input is used up every choice is its
 * smallest value, so any input (even empty) decodes. A plain class rather than Jazzer's
 * provider so that a round-trip input replays anywhere from its bytes alone: in
 * {@code mvn test}, in {@code wirecheck findings --rerun}, and under OSS-Fuzz.
 */
final class Draw {
    private final byte[] in;
    private int pos;

    Draw(byte[] in) {
        this.in = in;
    }

    int u8() {
        return pos < in.length ? in[pos++] & 0xff : 0;
    }

    int u16() {
        return (u8() << 8) | u8();
    }

    long u32() {
        return ((long) u16() << 16) | u16();
    }

    boolean bool() {
        return (u8() & 1) == 1;
    }

    /** A value in {@code [lo, hi]} (at most 65536 values wide). */
    int range(int lo, int hi) {
        int span = hi - lo + 1;
        return lo + (span <= 256 ? u8() % span : u16() % span);
    }

    /** One of the given values. */
    int oneOf(int... values) {
        return values[u8() % values.length];
    }

    /** The next {@code n} bytes (zeros past the end). */
    byte[] bytes(int n) {
        byte[] out = new byte[n];
        int take = Math.max(0, Math.min(n, in.length - pos));
        System.arraycopy(in, pos, out, 0, take);
        pos += take;
        return out;
    }

    /** Up to {@code max} bytes, length first. */
    byte[] someBytes(int max) {
        return bytes(range(0, max));
    }

    /** Whatever is left, at most {@code max} bytes. */
    byte[] rest(int max) {
        int n = Math.max(0, Math.min(max, in.length - pos));
        byte[] out = Arrays.copyOfRange(in, pos, pos + n);
        pos += n;
        return out;
    }
}
