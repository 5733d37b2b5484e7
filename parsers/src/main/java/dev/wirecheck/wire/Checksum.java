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
 * <p>Long runs are read as 32-bit words in the machine's own (little-endian) order.
 * RFC 1071 §2(B): the sum is independent of byte order, so the sum of the byte-swapped words
 * is the byte-swapped sum; the run's sum is folded to 16 bits and swapped back once, instead
 * of swapping every word. And §2(A): adding whole 32-bit words gives a sum congruent, modulo
 * 0xffff, to the sum of their 16-bit halves; the final fold makes both the same 16-bit value. This is where the hand dissector spends most of its time on full-size
 * TCP segments.
 */
public final class Checksum {
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_32 = 0xffff_ffffL;

    private Checksum() {}

    /**
     * Adds the bytes as big-endian 16-bit words (an odd last byte is padded with zero). The
     * result is a deferred-carry sum: compare sums only after {@link #fold}.
     */
    public static long add(long sum, byte[] b, int offset, int length) {
        if (length < 8) {
            return sum + addShort(b, offset, length);
        }
        int end = offset + length;
        int i = offset + (length & ~15);
        long a = sixteens(b, offset, i);
        long c = 0;
        if (end - i >= 8) {
            a += (int) INT_LE.get(b, i) & LOW_32;
            c += (int) INT_LE.get(b, i + 4) & LOW_32;
            i += 8;
        }
        if (end - i >= 4) {
            a += (int) INT_LE.get(b, i) & LOW_32;
            i += 4;
        }
        if (end - i >= 2) {
            a += (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
            i += 2;
        }
        if (i < end) {
            a += b[i] & 0xff; // the odd last byte, padded with zero (the low byte of a little-endian word)
        }
        return sum + swapped(fold(a + c));
    }

    /**
     * The little-endian 32-bit words of {@code [from, to)}, a whole number of 16-byte steps,
     * summed. A method of its own, small, so that the JIT compiles this loop the same way
     * wherever the checksum is verified (inlined into the big dissector methods, it sometimes
     * came out a third slower). Four accumulators so the additions do not wait on each other;
     * each adds less than 2^32 per step, so no long overflows for any array. (Measured: 32-bit
     * reads run a third faster than 64-bit reads split in halves.)
     */
    private static long sixteens(byte[] b, int from, int to) {
        long a = 0;
        long c = 0;
        long d = 0;
        long e = 0;
        for (int i = from; i < to; i += 16) {
            a += (int) INT_LE.get(b, i) & LOW_32;
            c += (int) INT_LE.get(b, i + 4) & LOW_32;
            d += (int) INT_LE.get(b, i + 8) & LOW_32;
            e += (int) INT_LE.get(b, i + 12) & LOW_32;
        }
        return a + c + d + e;
    }

    /**
     * Runs shorter than eight bytes, word by word, big-endian. Kept apart from the main path on
     * purpose: sending them through it too (one tail instead of two) brought back the JIT's
     * slow compilations of the dissector in half the JVMs measured (hand 7.2–7.8 M frames/s
     * instead of 11–12).
     */
    private static long addShort(byte[] b, int offset, int length) {
        long sum = 0;
        int i = offset;
        int end = offset + length - 1;
        for (; i < end; i += 2) {
            sum += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
        }
        if (i == end) {
            sum += (b[i] & 0xff) << 8;
        }
        return sum;
    }

    /** The big-endian 16-bit word at {@code at}. */
    private static int word(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
    }

    /** The two bytes of a 16-bit value exchanged. */
    private static int swapped(int word) {
        return (word & 0xff) << 8 | word >>> 8;
    }

    /**
     * Folds the carries back into 16 bits (end-around carry). Four fixed steps instead of a
     * loop: 2^32 and 2^16 are both 1 modulo 0xffff, so each step keeps the value modulo 0xffff
     * and keeps it non-zero; after the first step the value is below 2^33, after the second
     * below 2^18, after the third at most 0xffff + 3, after the fourth at most 0xffff.
     */
    public static int fold(long sum) {
        sum = (sum & LOW_32) + (sum >>> 32);
        sum = (sum & 0xffff) + (sum >>> 16);
        sum = (sum & 0xffff) + (sum >>> 16);
        sum = (sum & 0xffff) + (sum >>> 16);
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
        // two 16-bit words per address, summed directly: this runs for every IPv4 segment
        return word(b, srcOffset) + word(b, srcOffset + 2) + word(b, dstOffset) + word(b, dstOffset + 2)
                + protocol + upperLength;
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
