package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Octets;
import dev.wirecheck.wire.Problems;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_CHECKSUM;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_VALUE;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/** IPv4 header (RFC 791 §3.1), read in place. */
public final class Ipv4 extends View {
    static final int VER_IHL = 0, TOS = 1, TOTAL_LENGTH = 2, IDENT = 4, FLAGS_FRAG = 6,
            TTL = 8, PROTOCOL = 9, CHECKSUM = 10, SRC = 12, DST = 16, MIN_HEADER = 20;

    public static final int OPT_EOL = 0, OPT_NOP = 1, OPT_RR = 7, OPT_TS = 68, OPT_LSRR = 131,
            OPT_SSRR = 137, OPT_RA = 148;

    public static final MalformationCode TRUNCATED_HEADER = Code.of("ip", "truncated", TRUNCATED);
    public static final MalformationCode BAD_VERSION = Code.of("ip", "bad-version", BAD_VALUE);
    public static final MalformationCode IHL_TOO_SMALL = Code.of("ip", "ihl-too-small", BAD_LENGTH);
    public static final MalformationCode TOTAL_LENGTH_TOO_SMALL = Code.of("ip", "total-length-too-small", BAD_LENGTH);
    public static final MalformationCode TOTAL_LENGTH_PAST_END = Code.of("ip", "total-length-past-end", BAD_LENGTH);
    public static final MalformationCode BAD_HEADER_CHECKSUM = Code.of("ip", "bad-checksum", BAD_CHECKSUM);
    public static final MalformationCode RESERVED_FLAG = Code.of("ip", "reserved-flag-set", BAD_VALUE);
    public static final MalformationCode FRAGMENT_TOO_LONG = Code.of("ip", "fragment-past-65535", BAD_LENGTH);
    public static final MalformationCode OPTION_POINTER = Code.of("ip", "option-pointer-invalid", BAD_VALUE);
    public static final MalformationCode PADDING_NOT_ZERO = Code.of("ip", "padding-not-zero", BAD_VALUE);

    private final TlvCursor options = new TlvCursor();
    private int headerLength;
    private int payloadLength;

    /**
     * Wraps and validates the header. Returns false when not even the fixed fields can be
     * trusted (too short, wrong version, IHL below 5); otherwise true, with every other
     * defect reported and {@link #payloadLength()} clamped to the bytes present.
     */
    public boolean read(byte[] bytes, int at, int length, Problems problems) {
        wrap(bytes, at, length);
        headerLength = 0;
        payloadLength = 0;
        if (length < MIN_HEADER) {
            problems.add("ip", at, TRUNCATED_HEADER, "IPv4 header needs 20 bytes, " + length + " left");
            return false;
        }
        if (version() != 4) {
            problems.add("ip", at, BAD_VERSION, "version " + version() + " in an IPv4 header");
            return false;
        }
        int ihl = (u8(VER_IHL) & 0x0f) * 4;
        if (ihl < MIN_HEADER) {
            problems.add("ip", at, IHL_TOO_SMALL, "IHL " + ihl / 4 + " is below the minimum of 5 (RFC 791 §3.1)");
            return false;
        }
        if (ihl > length) {
            problems.add("ip", at, TRUNCATED_HEADER, "IHL says " + ihl + " header bytes, " + length + " left");
            return false;
        }
        headerLength = ihl;
        int total = totalLength();
        if (total < ihl) {
            problems.add("ip", at + TOTAL_LENGTH, TOTAL_LENGTH_TOO_SMALL,
                    "total length " + total + " is less than the header length " + ihl);
            payloadLength = 0;
        } else if (total > length) {
            if (problems.enabled()) {
                problems.add("ip", at + TOTAL_LENGTH, TOTAL_LENGTH_PAST_END,
                        "total length " + total + " but only " + length + " bytes present");
            }
            payloadLength = length - ihl;
        } else {
            payloadLength = total - ihl;
        }
        if (problems.enabled() && !Checksum.verifies(b, at, ihl)) {
            problems.add("ip", at + CHECKSUM, BAD_HEADER_CHECKSUM, String.format(
                    "header checksum 0x%04x, expected 0x%04x", checksum(), expectedChecksum()));
        }
        if ((u8(FLAGS_FRAG) & 0x80) != 0) {
            problems.add("ip", at + FLAGS_FRAG, RESERVED_FLAG, "reserved flag bit set (RFC 791 §3.1: must be zero)");
        }
        if (fragmentOffset() * 8 + Math.max(0, total - ihl) > 65535) {
            problems.add("ip", at + FLAGS_FRAG, FRAGMENT_TOO_LONG,
                    "fragment offset " + fragmentOffset() * 8 + " plus " + (total - ihl) + " bytes passes 65535");
        }
        if (ihl > MIN_HEADER) {
            checkOptions(problems);
        }
        return true;
    }

    private void checkOptions(Problems problems) {
        options.reset(b, start + MIN_HEADER, start + headerLength, TlvFormat.IPV4);
        while (options.next(problems)) {
            int t = options.type();
            if ((t == OPT_RR || t == OPT_LSRR || t == OPT_SSRR || t == OPT_TS) && options.dataLength() >= 1) {
                // RFC 791 §3.1: the pointer is relative to the option and starts at 4 (5 for timestamps)
                int ptr = b[options.dataOffset()] & 0xff;
                int smallest = t == OPT_TS ? 5 : 4;
                if (ptr < smallest) {
                    problems.add("ip", options.dataOffset(), OPTION_POINTER,
                            "option " + t + " pointer " + ptr + " is below " + smallest);
                }
            }
        }
        int bad = options.nonZeroPadding();
        if (bad >= 0) {
            problems.add("ip", bad, PADDING_NOT_ZERO, "non-zero byte after End of Option List (RFC 791 §3.1: "
                    + "the header is padded with zeros)");
        }
    }

    public int version() {
        return u8(VER_IHL) >>> 4;
    }

    public int headerLength() {
        return headerLength;
    }

    public int dscp() {
        return u8(TOS) >>> 2;
    }

    public int ecn() {
        return u8(TOS) & 3;
    }

    public int totalLength() {
        return u16(TOTAL_LENGTH);
    }

    public int identification() {
        return u16(IDENT);
    }

    public boolean dontFragment() {
        return (u8(FLAGS_FRAG) & 0x40) != 0;
    }

    public boolean moreFragments() {
        return (u8(FLAGS_FRAG) & 0x20) != 0;
    }

    /** In units of 8 bytes, as carried. */
    public int fragmentOffset() {
        return u16(FLAGS_FRAG) & 0x1fff;
    }

    public boolean isFragment() {
        return moreFragments() || fragmentOffset() != 0;
    }

    public int ttl() {
        return u8(TTL);
    }

    public int protocol() {
        return u8(PROTOCOL);
    }

    public int checksum() {
        return u16(CHECKSUM);
    }

    /** The checksum the header should carry. */
    public int expectedChecksum() {
        long sum = Checksum.add(0, b, start, CHECKSUM);
        sum = Checksum.add(sum, b, start + SRC, headerLength - SRC);
        return ~Checksum.fold(sum) & 0xffff;
    }

    public boolean checksumValid() {
        return Checksum.verifies(b, start, headerLength);
    }

    public int srcOffset() {
        return start + SRC;
    }

    public int dstOffset() {
        return start + DST;
    }

    public int src() {
        return (int) u32(SRC);
    }

    public int dst() {
        return (int) u32(DST);
    }

    public int payloadOffset() {
        return start + headerLength;
    }

    /** Payload bytes present (total length minus header, or less when the frame is short). */
    public int payloadLength() {
        return payloadLength;
    }

    /** Pseudo-header sum for the payload (RFC 768, RFC 9293 §3.1). */
    public long pseudoHeaderSum(int upperLength) {
        return Checksum.ipv4PseudoHeader(b, start + SRC, start + DST, protocol(), upperLength);
    }

    /** Whether options include a Router Alert (RFC 2113), which IGMP reports carry. */
    public boolean hasRouterAlert() {
        if (headerLength <= MIN_HEADER) {
            return false;
        }
        options.reset(b, start + MIN_HEADER, start + headerLength, TlvFormat.IPV4);
        while (options.next(Problems.IGNORE)) {
            if (options.type() == OPT_RA) {
                return true;
            }
        }
        return false;
    }

    public void describe(DissectionBuilder out) {
        int at = start;
        out.layer("ip", at, headerLength);
        out.dec("ip.version", version(), at, 1);
        out.dec("ip.hdr_len", headerLength, at, 1);
        out.hex("ip.dsfield", u8(TOS), at + TOS, 1);
        out.dec("ip.dsfield.dscp", dscp(), at + TOS, 1);
        out.dec("ip.dsfield.ecn", ecn(), at + TOS, 1);
        out.dec("ip.len", totalLength(), at + TOTAL_LENGTH, 2);
        out.hex("ip.id", identification(), at + IDENT, 2);
        out.hex("ip.flags", u8(FLAGS_FRAG) >>> 5, at + FLAGS_FRAG, 1);
        out.flag("ip.flags.rb", (u8(FLAGS_FRAG) & 0x80) != 0, at + FLAGS_FRAG, 1);
        out.flag("ip.flags.df", dontFragment(), at + FLAGS_FRAG, 1);
        out.flag("ip.flags.mf", moreFragments(), at + FLAGS_FRAG, 1);
        out.dec("ip.frag_offset", fragmentOffset(), at + FLAGS_FRAG, 2);
        out.dec("ip.ttl", ttl(), at + TTL, 1);
        out.dec("ip.proto", protocol(), at + PROTOCOL, 1);
        out.hex("ip.checksum", checksum(), at + CHECKSUM, 2);
        out.ipv4("ip.src", b, at + SRC);
        out.ipv4("ip.dst", b, at + DST);
        if (headerLength > MIN_HEADER) {
            describeOptions(out);
        }
    }

    private void describeOptions(DissectionBuilder out) {
        options.reset(b, start + MIN_HEADER, start + headerLength, TlvFormat.IPV4);
        while (options.next(Problems.IGNORE)) {
            int o = options.offset();
            int t = options.type();
            out.dec("ip.opt.type", t, o, 1);
            out.dec("ip.opt.type.copy", t >>> 7, o, 1);
            out.dec("ip.opt.type.class", (t >>> 5) & 3, o, 1);
            out.dec("ip.opt.type.number", t & 0x1f, o, 1);
            if (options.totalLength() == 1) {
                continue;
            }
            out.dec("ip.opt.len", options.totalLength(), o + 1, 1);
            int d = options.dataOffset();
            int n = options.dataLength();
            if (t == OPT_RA && n == 2) {
                out.dec("ip.opt.ra", u16(d - start), d, 2);
            } else if ((t == OPT_RR || t == OPT_LSRR || t == OPT_SSRR || t == OPT_TS) && n >= 1) {
                out.dec("ip.opt.ptr", b[d] & 0xff, d, 1);
            }
        }
    }

    public Ipv4Repr toRepr() {
        return new Ipv4Repr(IpAddresses.v4(b, start + SRC), IpAddresses.v4(b, start + DST), protocol(), ttl(),
                identification(), dontFragment(), moreFragments(), fragmentOffset(), dscp(), ecn(),
                Octets.of(b, start + MIN_HEADER, headerLength - MIN_HEADER));
    }
}
