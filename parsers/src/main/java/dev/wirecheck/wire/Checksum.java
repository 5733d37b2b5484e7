package dev.wirecheck.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The Internet checksum (RFC 1071) with the pseudo-headers of UDP/TCP over IPv4
 * (RFC 768, RFC 9293 §3.1) and over IPv6 (RFC 8200 §8.1), and incremental update
 * (RFC 1624).
 *
 * <p>Sums are accumulated as a {@code long} of 16-bit words and folded once at the end,
 * which is the deferred-carry method of RFC 1071 §2(C).
 *
 * <p>Long runs are read eight bytes at a time (RFC 1071 §2(A)-(B): the sum is independent of
 * byte order and of grouping, so adding the two 32-bit halves of each big-endian 64-bit word
 * gives a sum congruent, modulo 0xffff, to the sum of its four 16-bit words; the final fold
 * makes both the same 16-bit value). This is where the hand dissector spends most of its time
 * on full-size TCP segments.
 */
public final class Checksum {
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final long LOW_32 = 0xffff_ffffL;

    private Checksum() {}

    /**
     * Adds the bytes as big-endian 16-bit words (an odd last byte is padded with zero). The
     * result is a deferred-carry sum: compare sums only after {@link #fold}.
     */
    public static long add(long sum, byte[] b, int offset, int length) {
        int i = offset;
        // eight bytes per step, two accumulators so the additions do not wait on each other;
        // each step adds less than 2^34, so a long cannot overflow for any array
        long even = 0;
        long odd = 0;
        for (int last16 = offset + length - 16; i <= last16; i += 16) {
            long w0 = (long) LONG_BE.get(b, i);
            long w1 = (long) LONG_BE.get(b, i + 8);
            even += (w0 >>> 32) + (w0 & LOW_32);
            odd += (w1 >>> 32) + (w1 & LOW_32);
        }
        sum += even + odd;
        int end = offset + length - 1;
        for (; i < end; i += 2) {
            sum += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
        }
        if (i == end) {
            sum += (b[i] & 0xff) << 8;
        }
        return sum;
    }

    /** Folds the carries back into 16 bits (end-around carry). */
    public static int fold(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) sum;
    }

    /** The checksum field value for these bytes: the one's complement of their sum. */
    public static int compute(byte[] b, int offset, int length) {
        return ~fold(add(0, b, offset, length)) & 0xffff;
    }

    /** True when the bytes, checksum field included, sum to 0xffff (RFC 1071 §1 (3)). */
    public static boolean verifies(byte[] b, int offset, int length) {
        return fold(add(0, b, offset, length)) == 0xffff;
    }

    /** Sum of the IPv4 pseudo-header (RFC 768; RFC 9293 §3.1): src, dst, zero, protocol, length. */
    public static long ipv4PseudoHeader(byte[] b, int srcOffset, int dstOffset, int protocol, int upperLength) {
        long sum = add(0, b, srcOffset, 4);
        sum = add(sum, b, dstOffset, 4);
        return sum + protocol + upperLength;
    }

    /** Sum of the IPv6 pseudo-header (RFC 8200 §8.1): src, dst, 32-bit length, next header. */
    public static long ipv6PseudoHeader(byte[] b, int srcOffset, int dstOffset, int nextHeader, long upperLength) {
        long sum = add(0, b, srcOffset, 16);
        sum = add(sum, b, dstOffset, 16);
        return sum + (upperLength >>> 16) + (upperLength & 0xffff) + nextHeader;
    }

    /** Checksum over a pseudo-header sum plus the upper-layer bytes. */
    public static int compute(long pseudoSum, byte[] b, int offset, int length) {
        return ~fold(add(pseudoSum, b, offset, length)) & 0xffff;
    }

    public static boolean verifies(long pseudoSum, byte[] b, int offset, int length) {
        return fold(add(pseudoSum, b, offset, length)) == 0xffff;
    }

    /**
     * RFC 1624 §3, eqn. 3: the new checksum after one 16-bit word of the covered data
     * changes from {@code oldWord} to {@code newWord}: HC' = ~(~HC + ~m + m'). Unlike
     * eqn. 2 of RFC 1141 this never yields 0x0000 for a non-zero sum (RFC 1624 §4).
     */
    public static int update(int oldChecksum, int oldWord, int newWord) {
        long sum = (~oldChecksum & 0xffff) + (~oldWord & 0xffff) + (newWord & 0xffff);
        return ~fold(sum) & 0xffff;
    }
}
