package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Name decompression (RFC 1035 §4.1.4) on hostile bytes: each defect its own code, bounded work always. */
class DnsNameTest {
    private static final String HEADER = "0000 0100 0001 0000 0000 0000";

    private static Problems read(DnsName n, String hex, int at) {
        byte[] m = Bytes.fromHex(hex);
        Problems p = new Problems();
        n.read(m, 0, m.length, at, "dns", p);
        return p;
    }

    private static void assertOnly(MalformationCode code, String hex, int at) {
        Problems p = read(new DnsName(), hex, at);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.has(code), "expected " + code + ", got " + p);
    }

    /** RFC 1035 §4.1.4's example: F.ISI.ARPA, FOO.F.ISI.ARPA (label + pointer), ARPA (pointer), the root. */
    @Test
    void rfc1035CompressionExampleReadsBack() {
        String m = HEADER + "01 46 03 49 53 49 04 41 52 50 41 00" + "03 46 4f 4f c0 0c" + "c0 12" + "00";
        DnsName n = new DnsName();
        String[] expected = {"F.ISI.ARPA", "FOO.F.ISI.ARPA", "ARPA", "<Root>"};
        int[] at = {12, 24, 30, 32};
        int[] wire = {12, 6, 2, 1};
        byte[] b = Bytes.fromHex(m);
        for (int i = 0; i < at.length; i++) {
            Problems p = new Problems();
            assertEquals(wire[i], n.read(b, 0, b.length, at[i], "dns", p));
            assertTrue(p.isEmpty(), p.toString());
            assertTrue(n.complete());
            assertEquals(expected[i], n.text());
        }
    }

    @Test
    void aPointerToItselfIsALoop() {
        assertOnly(DnsName.POINTER_LOOP, HEADER + "c0 0c", 12);
    }

    /** Two names pointing at each other: the second pointer leads into the first stretch read. */
    @Test
    void twoNamesPointingAtEachOtherAreALoop() {
        // at 12: "b" then a pointer to 16; at 16: "a" then a pointer back to 12
        assertOnly(DnsName.POINTER_LOOP, HEADER + "01 62 c0 10" + "01 61 c0 0c", 16);
    }

    @Test
    void aForwardPointerIsReportedNotFollowed() {
        assertOnly(DnsName.FORWARD_POINTER, HEADER + "c0 0e 01 61 00", 12);
    }

    @Test
    void aPointerPastTheEndIsItsOwnDefect() {
        assertOnly(DnsName.POINTER_PAST_END, HEADER + "c0 ff", 12);
    }

    @Test
    void aPointerIntoTheHeaderIsItsOwnDefect() {
        assertOnly(DnsName.POINTER_INTO_HEADER, HEADER + "01 61 c0 04", 12);
    }

    @Test
    void labelLengthsAbove63AndReservedTypesAreDistinct() {
        assertOnly(DnsName.LABEL_TOO_LONG, HEADER + "40" + "61".repeat(64) + "00", 12);
        assertOnly(DnsName.RESERVED_LABEL, HEADER + "80 00", 12);
    }

    /** RFC 1035 §2.3.4: 255 octets is the limit, the root label included. */
    @Test
    void aNameOf255OctetsIsFineAnd256IsTooLong() {
        String l63 = "3f" + "61".repeat(63);
        assertTrue(read(new DnsName(), HEADER + l63 + l63 + l63 + "3d" + "61".repeat(61) + "00", 12).isEmpty());
        assertOnly(DnsName.NAME_TOO_LONG, HEADER + l63 + l63 + l63 + "3e" + "61".repeat(62) + "00", 12);
    }

    @Test
    void aLabelOrPointerCutShortIsTruncation() {
        assertOnly(DnsName.TRUNCATED_NAME, HEADER + "05 61 62", 12);
        assertOnly(DnsName.TRUNCATED_NAME, HEADER + "c0", 12);
        assertOnly(DnsName.TRUNCATED_NAME, HEADER + "01 61", 12);
    }

    /** A chain of pointers each to the one before: 16 are followed, the 17th is refused. */
    @Test
    void morePointersThanTheLimitAreRefused() {
        StringBuilder m = new StringBuilder(HEADER + "01 61 00");
        for (int i = 0; i <= DnsName.MAX_POINTERS; i++) {
            m.append(String.format("c0 %02x", i == 0 ? 12 : 15 + 2 * (i - 1)));
        }
        int lastChainLink = 15 + 2 * DnsName.MAX_POINTERS;
        DnsName n = new DnsName();
        assertTrue(read(n, m.toString(), lastChainLink - 2).isEmpty(), "16 hops are within the limit");
        assertEquals(DnsName.MAX_POINTERS, n.pointers());
        assertOnly(DnsName.POINTER_LIMIT, m.toString(), lastChainLink);
    }

    /**
     * Work is bounded per name whatever the bytes: 512-byte messages of random labels and
     * pointers (seeded), every offset read as a name, never exceed MAX_STEPS or MAX_POINTERS.
     */
    @Test
    void anyFiveHundredTwelveByteMessageFollowsABoundedNumberOfPointers() {
        Random r = new Random(1035);
        DnsName n = new DnsName();
        byte[] m = new byte[512];
        for (int round = 0; round < 2000; round++) {
            for (int i = 0; i < m.length; i++) {
                int kind = r.nextInt(4);
                m[i] = (byte) (kind == 0 ? 0xc0 : kind == 1 ? r.nextInt(4) : r.nextInt(256));
            }
            for (int at = 12; at < m.length; at++) {
                long steps = n.steps();
                long pointers = n.pointers();
                n.read(m, 0, m.length, at, "dns", Problems.IGNORE);
                assertTrue(n.steps() - steps <= DnsName.MAX_STEPS, "steps " + (n.steps() - steps));
                assertTrue(n.pointers() - pointers <= DnsName.MAX_POINTERS);
            }
        }
        assertTrue(n.pointers() > 100_000, "the random messages did exercise pointers: " + n.pointers());
    }

    /**
     * A 64 KiB message whose every name is the longest pointer chain allowed: the whole
     * message is read in a number of steps bounded by names x MAX_STEPS (counted, not timed).
     */
    @Test
    void aSixtyFourKibMessageFullOfPointersTakesBoundedWork() {
        byte[] m = new byte[65_535];
        Bytes.put16(m, Dns.QDCOUNT, 0xffff);
        // question 1: "a" at 12; then questions whose names point at the previous question's name
        int p = 12;
        m[p++] = 1;
        m[p++] = 'a';
        m[p++] = 0;
        p += 4;
        int previous = 12;
        while (p + 6 <= m.length) {
            Bytes.put16(m, p, 0xc000 | previous);
            previous = p;
            p += 6; // pointer + type + class
        }
        Dns dns = new Dns();
        Problems problems = new Problems();
        assertTrue(dns.read(m, 0, m.length, false, false, problems));
        DnsName n = dns.names();
        assertTrue(n.reads() > 10_000, "names read: " + n.reads());
        assertTrue(n.steps() <= n.reads() * DnsName.MAX_STEPS, n.steps() + " steps for " + n.reads() + " names");
        assertTrue(n.steps() <= (DnsName.MAX_POINTERS + 3L) * n.reads(), "each chain is cut at 16 pointers: " + n.steps());
        assertTrue(problems.has(DnsName.POINTER_LIMIT), problems.toString());
        assertFalse(problems.has(DnsName.POINTER_LOOP));
    }
}
