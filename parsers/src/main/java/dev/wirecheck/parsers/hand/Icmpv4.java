package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Octets;
import dev.wirecheck.wire.Problems;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_CHECKSUM;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * ICMP for IPv4 (RFC 792): echo, destination unreachable (with the next-hop MTU of
 * RFC 1191), source quench, redirect, time exceeded, parameter problem and timestamp.
 * Error messages quote the invoking datagram; the dissector reads that quote as nested
 * layers.
 */
public final class Icmpv4 extends View {
    static final int TYPE = 0, CODE = 1, CHECKSUM = 2, REST = 4, HEADER = 8;

    public static final int ECHO_REPLY = 0, DEST_UNREACHABLE = 3, SOURCE_QUENCH = 4, REDIRECT = 5, ECHO_REQUEST = 8,
            TIME_EXCEEDED = 11, PARAMETER_PROBLEM = 12, TIMESTAMP = 13, TIMESTAMP_REPLY = 14;

    public static final MalformationCode TRUNCATED_HEADER = Code.of("icmp", "truncated", TRUNCATED);
    public static final MalformationCode BAD_CHECKSUM_VALUE = Code.of("icmp", "bad-checksum", BAD_CHECKSUM);
    public static final MalformationCode QUOTE_TOO_SHORT = Code.of("icmp", "quote-too-short", BAD_LENGTH);
    public static final MalformationCode TIMESTAMP_LENGTH = Code.of("icmp", "timestamp-length", BAD_LENGTH);

    private int length;

    /** {@code verifyChecksum} is false for fragments and quoted messages, whose bytes are incomplete. */
    public boolean read(byte[] bytes, int at, int length, boolean verifyChecksum, Problems problems) {
        wrap(bytes, at, length);
        this.length = length;
        if (length < HEADER) {
            if (problems.enabled()) {
                problems.add("icmp", at, TRUNCATED_HEADER, "ICMP header needs 8 bytes, " + length + " left");
            }
            return false;
        }
        if (verifyChecksum && problems.enabled() && !Checksum.verifies(b, at, length)) {
            problems.add("icmp", at + CHECKSUM, BAD_CHECKSUM_VALUE, String.format("ICMP checksum 0x%04x, expected 0x%04x",
                    checksum(), Checksums.expected(0, b, at, length, CHECKSUM)));
        }
        if (isError() && verifyChecksum && length < HEADER + Ipv4.MIN_HEADER + 8) {
            problems.add("icmp", at + HEADER, QUOTE_TOO_SHORT, "an ICMP error quotes the IP header and 8 bytes"
                    + " of the datagram (RFC 792), this one has " + (length - HEADER) + " bytes");
        }
        if ((type() == TIMESTAMP || type() == TIMESTAMP_REPLY) && length < HEADER + 12) {
            problems.add("icmp", at, TIMESTAMP_LENGTH, "timestamp message needs 20 bytes (RFC 792), has " + length);
        }
        return true;
    }

    public int type() {
        return u8(TYPE);
    }

    public int code() {
        return u8(CODE);
    }

    public int checksum() {
        return u16(CHECKSUM);
    }

    public int identifier() {
        return u16(REST);
    }

    public int sequence() {
        return u16(REST + 2);
    }

    public boolean isEcho() {
        return type() == ECHO_REQUEST || type() == ECHO_REPLY;
    }

    /** Error messages, which quote the datagram that caused them (RFC 792, RFC 1122 §3.2.2). */
    public boolean isError() {
        int t = type();
        return t == DEST_UNREACHABLE || t == SOURCE_QUENCH || t == REDIRECT || t == TIME_EXCEEDED
                || t == PARAMETER_PROBLEM;
    }

    /** Where the body starts: echo data, or the quoted datagram of an error. */
    public int bodyOffset() {
        return start + HEADER;
    }

    public int bodyLength() {
        return length - HEADER;
    }

    public int length() {
        return length;
    }

    public void describe(DissectionBuilder out) {
        int at = start;
        out.layer("icmp", at, HEADER);
        out.dec("icmp.type", type(), at + TYPE, 1);
        out.dec("icmp.code", code(), at + CODE, 1);
        out.hex("icmp.checksum", checksum(), at + CHECKSUM, 2);
        switch (type()) {
            case ECHO_REQUEST, ECHO_REPLY, TIMESTAMP, TIMESTAMP_REPLY -> {
                out.hex("icmp.ident", identifier(), at + REST, 2);
                out.dec("icmp.seq", sequence(), at + REST + 2, 2);
                if (type() >= TIMESTAMP && length >= HEADER + 12) {
                    out.dec("icmp.originate_timestamp", u32(HEADER), at + HEADER, 4);
                    out.dec("icmp.receive_timestamp", u32(HEADER + 4), at + HEADER + 4, 4);
                    out.dec("icmp.transmit_timestamp", u32(HEADER + 8), at + HEADER + 8, 4);
                }
            }
            case DEST_UNREACHABLE -> {
                if (code() == 4) {
                    out.dec("icmp.mtu", u16(REST + 2), at + REST + 2, 2);
                }
            }
            case REDIRECT -> out.ipv4("icmp.redir_gw", b, at + REST);
            case PARAMETER_PROBLEM -> out.dec("icmp.pointer", u8(REST), at + REST, 1);
            default -> { }
        }
    }

    public Icmpv4Repr toRepr() {
        return new Icmpv4Repr(type(), code(), u32(REST), Octets.of(b, start + HEADER, length - HEADER));
    }
}
