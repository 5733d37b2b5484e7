package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Checksum;

/** Shared checksum helpers of the upper-layer parsers. */
public final class Checksums {
    /**
     * Passed instead of a pseudo-header sum when the bytes are not the whole datagram (a
     * first fragment, or the start of a datagram quoted in an ICMP error): the checksum
     * cannot be verified and lengths that run past the bytes present are expected.
     */
    public static final long UNVERIFIABLE = -1;

    private Checksums() {}

    /**
     * The value the checksum field at {@code fieldOffset} (relative to {@code at}) should
     * hold: the sum of everything else, complemented.
     */
    public static int expected(long pseudoSum, byte[] b, int at, int length, int fieldOffset) {
        long sum = Checksum.add(pseudoSum, b, at, fieldOffset);
        sum = Checksum.add(sum, b, at + fieldOffset + 2, length - fieldOffset - 2);
        return ~Checksum.fold(sum) & 0xffff;
    }

    /** Writes the checksum at {@code fieldOffset} after zeroing it. */
    static void fill(byte[] out, int at, int length, int fieldOffset, long pseudoSum) {
        out[at + fieldOffset] = 0;
        out[at + fieldOffset + 1] = 0;
        int c = Checksum.compute(pseudoSum, out, at, length);
        out[at + fieldOffset] = (byte) (c >>> 8);
        out[at + fieldOffset + 1] = (byte) c;
    }
}
