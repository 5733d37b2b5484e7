package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_CHECKSUM;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/** UDP header (RFC 768), read in place. */
public final class Udp extends View {
    static final int SRC_PORT = 0, DST_PORT = 2, LENGTH = 4, CHECKSUM = 6, HEADER = 8;

    public static final MalformationCode TRUNCATED_HEADER = Code.of("udp", "truncated", TRUNCATED);
    public static final MalformationCode LENGTH_TOO_SMALL = Code.of("udp", "length-too-small", BAD_LENGTH);
    public static final MalformationCode LENGTH_PAST_END = Code.of("udp", "length-past-end", BAD_LENGTH);
    public static final MalformationCode BAD_CHECKSUM_VALUE = Code.of("udp", "bad-checksum", BAD_CHECKSUM);
    public static final MalformationCode ZERO_CHECKSUM_IPV6 = Code.of("udp", "zero-checksum-ipv6", BAD_CHECKSUM);

    private int payloadLength;

    /**
     * Wraps and validates. {@code pseudoSum} is the pseudo-header sum without the length
     * (the caller's IP layer, see {@link Checksums}), or {@link Checksums#UNVERIFIABLE}
     * when the datagram is a fragment or quoted inside an ICMP error.
     */
    public boolean read(byte[] bytes, int at, int length, long pseudoSum, boolean overIpv6, Problems problems) {
        wrap(bytes, at, length);
        payloadLength = 0;
        if (length < HEADER) {
            if (problems.enabled()) {
                problems.add("udp", at, TRUNCATED_HEADER, "UDP header needs 8 bytes, " + length + " left");
            }
            return false;
        }
        int len = udpLength();
        if (len < HEADER) {
            problems.add("udp", at + LENGTH, LENGTH_TOO_SMALL, "UDP length " + len + " is below 8 (RFC 768)");
            payloadLength = length - HEADER;
            return true;
        }
        if (len > length) {
            if (pseudoSum != Checksums.UNVERIFIABLE) {
                problems.add("udp", at + LENGTH, LENGTH_PAST_END, "UDP length " + len + " but " + length + " bytes present");
            }
            payloadLength = length - HEADER;
            return true;
        }
        payloadLength = len - HEADER;
        if (pseudoSum != Checksums.UNVERIFIABLE) {
            if (checksum() == 0) {
                if (overIpv6) {
                    problems.add("udp", at + CHECKSUM, ZERO_CHECKSUM_IPV6,
                            "zero UDP checksum over IPv6 (RFC 8200 §8.1: must be discarded)");
                }
            } else if (problems.enabled() && !Checksum.verifies(pseudoSum + len, b, at, len)) {
                problems.add("udp", at + CHECKSUM, BAD_CHECKSUM_VALUE, String.format("UDP checksum 0x%04x, expected 0x%04x",
                        checksum(), Checksums.expected(pseudoSum + len, b, at, len, CHECKSUM)));
            }
        }
        return true;
    }

    public int srcPort() {
        return u16(SRC_PORT);
    }

    public int dstPort() {
        return u16(DST_PORT);
    }

    public int udpLength() {
        return u16(LENGTH);
    }

    public int checksum() {
        return u16(CHECKSUM);
    }

    public int payloadOffset() {
        return start + HEADER;
    }

    public int payloadLength() {
        return payloadLength;
    }

    public void describe(DissectionBuilder out) {
        out.layer("udp", start, HEADER);
        out.dec("udp.srcport", srcPort(), start + SRC_PORT, 2);
        out.dec("udp.dstport", dstPort(), start + DST_PORT, 2);
        out.dec("udp.length", udpLength(), start + LENGTH, 2);
        out.hex("udp.checksum", checksum(), start + CHECKSUM, 2);
    }

    public UdpRepr toRepr() {
        return new UdpRepr(srcPort(), dstPort());
    }
}
