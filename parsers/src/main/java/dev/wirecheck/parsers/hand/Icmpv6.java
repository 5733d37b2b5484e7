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
 * ICMPv6 (RFC 4443): echo and the four error messages, which quote the invoking packet;
 * Neighbor Discovery messages and options (RFC 4861, {@link NdpBody}); MLDv1 and MLDv2
 * (RFC 2710, RFC 3810, {@link MldBody}).
 */
public final class Icmpv6 extends View {
    static final int TYPE = 0, CODE = 1, CHECKSUM = 2, BODY = 4, HEADER = 8;

    public static final int DEST_UNREACHABLE = 1, PACKET_TOO_BIG = 2, TIME_EXCEEDED = 3, PARAMETER_PROBLEM = 4,
            ECHO_REQUEST = 128, ECHO_REPLY = 129, MLD_QUERY = 130, MLD_REPORT = 131, MLD_DONE = 132,
            ROUTER_SOLICITATION = 133, ROUTER_ADVERTISEMENT = 134, NEIGHBOR_SOLICITATION = 135,
            NEIGHBOR_ADVERTISEMENT = 136, REDIRECT = 137, MLDV2_REPORT = 143;

    public static final MalformationCode TRUNCATED_HEADER = Code.of("icmpv6", "truncated", TRUNCATED);
    public static final MalformationCode BAD_CHECKSUM_VALUE = Code.of("icmpv6", "bad-checksum", BAD_CHECKSUM);
    public static final MalformationCode MESSAGE_TOO_SHORT = Code.of("icmpv6", "message-too-short", BAD_LENGTH);

    private final NdpBody ndp = new NdpBody();
    private final MldBody mld = new MldBody();
    private int length;

    /**
     * Wraps and validates. {@code pseudoSum} is the IPv6 pseudo-header sum without the
     * length, or {@link Checksums#UNVERIFIABLE} for fragments and quoted messages.
     */
    public boolean read(byte[] bytes, int at, int length, long pseudoSum, Problems problems) {
        wrap(bytes, at, length);
        this.length = length;
        if (length < BODY) {
            if (problems.enabled()) {
                problems.add("icmpv6", at, TRUNCATED_HEADER, "ICMPv6 header needs 4 bytes, " + length + " left");
            }
            return false;
        }
        if (pseudoSum != Checksums.UNVERIFIABLE && problems.enabled()
                && !Checksum.verifies(pseudoSum + length, b, at, length)) {
            problems.add("icmpv6", at + CHECKSUM, BAD_CHECKSUM_VALUE, String.format(
                    "ICMPv6 checksum 0x%04x, expected 0x%04x", checksum(),
                    Checksums.expected(pseudoSum + length, b, at, length, CHECKSUM)));
        }
        int minimum = minimumLength(type());
        if (length < minimum) {
            // A quoted message may be cut short on purpose; only a real one is malformed.
            if (pseudoSum != Checksums.UNVERIFIABLE) {
                problems.add("icmpv6", at, MESSAGE_TOO_SHORT,
                        "ICMPv6 type " + type() + " needs " + minimum + " bytes, has " + length);
            }
            return true;
        }
        if (NdpBody.isNdp(type())) {
            ndp.check(b, at, length, type(), problems);
        } else if (MldBody.isMld(type())) {
            mld.check(b, at, length, type(), problems);
        }
        return true;
    }

    /** Smallest valid message of each type (RFC 4443 §3-4, RFC 4861 §4, RFC 2710 §3, RFC 3810 §5). */
    static int minimumLength(int type) {
        return switch (type) {
            case ECHO_REQUEST, ECHO_REPLY, DEST_UNREACHABLE, PACKET_TOO_BIG, TIME_EXCEEDED, PARAMETER_PROBLEM,
                    ROUTER_SOLICITATION, MLDV2_REPORT -> 8;
            case ROUTER_ADVERTISEMENT -> 16;
            case NEIGHBOR_SOLICITATION, NEIGHBOR_ADVERTISEMENT, MLD_QUERY, MLD_REPORT, MLD_DONE -> 24;
            case REDIRECT -> 40;
            default -> BODY;
        };
    }

    /** True when the message is complete enough for its type-specific getters. */
    public boolean complete() {
        return length >= minimumLength(type());
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

    public int length() {
        return length;
    }

    public int identifier() {
        return u16(BODY);
    }

    public int sequence() {
        return u16(BODY + 2);
    }

    public boolean isEcho() {
        return type() == ECHO_REQUEST || type() == ECHO_REPLY;
    }

    /** Error messages have types 0-127 (RFC 4443 §2.1); the four defined ones quote a packet. */
    public boolean isError() {
        return type() < 128;
    }

    public boolean quotesPacket() {
        int t = type();
        return t >= DEST_UNREACHABLE && t <= PARAMETER_PROBLEM;
    }

    /** Offset of the body after the first 8 bytes (echo data, quoted packet). */
    public int bodyOffset() {
        return start + HEADER;
    }

    public int bodyLength() {
        return Math.max(0, length - HEADER);
    }

    public boolean isNdp() {
        return NdpBody.isNdp(type());
    }

    /** Offset of the target address of NS, NA and redirect messages. */
    public int targetOffset() {
        return start + HEADER;
    }

    /** NA flags: R (0x80), S (0x40), O (0x20) in the first byte after the checksum. */
    public int naFlags() {
        return u8(BODY);
    }

    /** Where NDP options start for this message type, or -1 for other messages. */
    public int ndpOptionsOffset() {
        int rel = NdpBody.optionsStart(type());
        return rel < 0 ? -1 : start + rel;
    }

    public int end() {
        return start + length;
    }

    public void describe(DissectionBuilder out) {
        int at = start;
        out.layer("icmpv6", at, Math.min(length, HEADER));
        out.dec("icmpv6.type", type(), at + TYPE, 1);
        out.dec("icmpv6.code", code(), at + CODE, 1);
        out.hex("icmpv6.checksum", checksum(), at + CHECKSUM, 2);
        if (length < minimumLength(type())) {
            return;
        }
        switch (type()) {
            case ECHO_REQUEST, ECHO_REPLY -> {
                out.hex("icmpv6.echo.identifier", identifier(), at + BODY, 2);
                out.dec("icmpv6.echo.sequence_number", sequence(), at + BODY + 2, 2);
            }
            case PACKET_TOO_BIG -> out.dec("icmpv6.mtu", u32(BODY), at + BODY, 4);
            case PARAMETER_PROBLEM -> out.dec("icmpv6.pointer", u32(BODY), at + BODY, 4);
            case DEST_UNREACHABLE, TIME_EXCEEDED -> out.bytes("icmpv6.reserved", b, at + BODY, 4);
            default -> {
                if (NdpBody.isNdp(type())) {
                    ndp.describe(b, at, length, type(), out);
                } else if (MldBody.isMld(type())) {
                    mld.describe(b, at, length, type(), out);
                }
            }
        }
    }

    public Icmpv6Repr toRepr() {
        return new Icmpv6Repr(type(), code(), Octets.of(b, start + BODY, length - BODY));
    }
}
