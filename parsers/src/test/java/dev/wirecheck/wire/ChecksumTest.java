package dev.wirecheck.wire;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Internet checksum (RFC 1071), whose sum reads eight bytes at a time on long runs. */
class ChecksumTest {
    /** RFC 1071 §3, the numerical example: 00 01 f2 03 f4 f5 f6 f7 sums to ddf2. */
    private static final byte[] RFC1071_EXAMPLE = Octets.hex("0001 f203 f4f5 f6f7").toByteArray();

    @Test
    void rfc1071NumericalExampleSumsToDdf2() {
        assertEquals(0xddf2, Checksum.fold(Checksum.add(0, RFC1071_EXAMPLE, 0, 8)));
    }

    /**
     * The example four times (32 bytes, so the eight-byte path runs): ddf2 × 4 = 0x377c8, and the
     * end-around carry of RFC 1071 §1 folds it to 77c8 + 3 = 77cb.
     */
    @Test
    void rfc1071ExampleRepeatedFoldsItsCarries() {
        byte[] four = new byte[32];
        for (int i = 0; i < 4; i++) {
            System.arraycopy(RFC1071_EXAMPLE, 0, four, 8 * i, 8);
        }
        assertEquals(0x77cb, Checksum.fold(Checksum.add(0, four, 0, 32)));
    }

    /** A message with its own checksum in it sums to 0xffff (RFC 1071 §1 (3)), at any length and offset. */
    @Test
    void aMessageCarryingItsChecksumVerifies() {
        SplittableRandom random = new SplittableRandom(1071);
        for (int length = 2; length < 200; length += 2) {
            byte[] b = new byte[length + 7];
            random.nextBytes(b);
            int at = length % 7;
            b[at] = 0;
            b[at + 1] = 0;
            int c = Checksum.compute(b, at, length);
            b[at] = (byte) (c >>> 8);
            b[at + 1] = (byte) c;
            assertTrue(Checksum.verifies(b, at, length), "length " + length);
        }
    }

    /**
     * Against the plain loop of RFC 1071 §4.1 (16-bit words, an odd last byte padded, carries
     * folded), written here without the class under test: every length up to 300 at every
     * offset up to 16, with random bytes, all ones (the most carries) and all zeros.
     */
    @Test
    void agreesWithTheSixteenBitLoopOfRfc1071() {
        SplittableRandom random = new SplittableRandom(4);
        byte[] ones = new byte[320];
        Arrays.fill(ones, (byte) 0xff);
        byte[] zeros = new byte[320];
        for (int length = 0; length <= 300; length++) {
            for (int offset = 0; offset <= 16; offset++) {
                byte[] b = new byte[320];
                random.nextBytes(b);
                long seed = random.nextInt(1 << 20);
                for (byte[] data : new byte[][] {b, ones, zeros}) {
                    assertEquals(rfc1071Loop(seed, data, offset, length),
                            Checksum.fold(Checksum.add(seed, data, offset, length)),
                            "length " + length + " offset " + offset);
                }
            }
        }
    }

    /**
     * The fixed four-step fold against the end-around carry of RFC 1071 §4.1 repeated until
     * nothing is left above 16 bits: the extremes (zero, 0xffff and its multiples, every power of
     * two, all 64 bits set) and random sums of every width.
     */
    @Test
    void foldAgreesWithRepeatedEndAroundCarry() {
        List<Long> sums = new ArrayList<>(List.of(0L, 0xffffL, 0x1fffeL, 0xffffL * 0xffffL, -1L, Long.MAX_VALUE));
        for (int bit = 0; bit < 64; bit++) {
            sums.add(1L << bit);
            sums.add((1L << bit) - 1);
        }
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 100_000; i++) {
            sums.add(random.nextLong() >>> random.nextInt(64));
        }
        for (long sum : sums) {
            long folded = sum;
            while (folded >>> 16 != 0) {
                folded = (folded & 0xffff) + (folded >>> 16);
            }
            assertEquals((int) folded, Checksum.fold(sum), () -> "sum 0x" + Long.toHexString(sum));
        }
    }

    private static int rfc1071Loop(long sum, byte[] b, int offset, int count) {
        int i = offset;
        while (count > 1) {
            sum += ((b[i] & 0xff) << 8) + (b[i + 1] & 0xff);
            i += 2;
            count -= 2;
        }
        if (count > 0) {
            sum += (b[i] & 0xff) << 8;
        }
        while (sum >> 16 != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) sum;
    }
}
