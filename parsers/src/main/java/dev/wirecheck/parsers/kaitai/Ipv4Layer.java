package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.Checksums;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.TlvFormat;
import dev.wirecheck.parsers.kaitai.gen.Ipv4Packet;
import dev.wirecheck.parsers.kaitai.gen.TlvOptions;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.DissectionBuilder;

/**
 * IPv4 from {@code ipv4_packet}: the header's fields and options, and the checks that are
 * not structure (version, IHL, total length, checksum, reserved flag, fragment extent,
 * option pointers), reported with the hand-written family's codes.
 */
final class Ipv4Layer {
    private static final int OPT_TS = 68, OPT_RA = 148;

    private Ipv4Layer() {}

    /** Emits the layer; returns where its payload lies, or null when dissection stops here. */
    static Upper read(Ctx c, int at, int length) {
        Ipv4Packet ip = Region.parse(c.b, at, length, Ipv4Packet::new, c.problems, "ip", Ipv4.TRUNCATED_HEADER,
                "IPv4 header");
        if (ip == null) {
            return null;
        }
        if (ip.version() != 4) {
            c.problems.add("ip", at, Ipv4.BAD_VERSION, "version " + ip.version() + " in an IPv4 header");
            return null;
        }
        int ihl = ip.ihl() * 4;
        if (ihl < 20) {
            c.problems.add("ip", at, Ipv4.IHL_TOO_SMALL, "IHL " + ip.ihl() + " is below the minimum of 5 (RFC 791 §3.1)");
            return null;
        }
        int total = ip.totalLength();
        int payload;
        if (total < ihl) {
            c.problems.add("ip", at + 2, Ipv4.TOTAL_LENGTH_TOO_SMALL,
                    "total length " + total + " is less than the header length " + ihl);
            payload = 0;
        } else if (total > length) {
            c.problems.add("ip", at + 2, Ipv4.TOTAL_LENGTH_PAST_END,
                    "total length " + total + " but only " + length + " bytes present");
            payload = length - ihl;
        } else {
            payload = total - ihl;
        }
        if (!Checksum.verifies(c.b, at, ihl)) {
            c.problems.add("ip", at + 10, Ipv4.BAD_HEADER_CHECKSUM,
                    String.format("header checksum 0x%04x does not verify", ip.headerChecksum()));
        }
        if (ip.flagReserved() != 0) {
            c.problems.add("ip", at + 6, Ipv4.RESERVED_FLAG, "reserved flag bit set (RFC 791 §3.1: must be zero)");
        }
        if (ip.fragmentOffset() * 8 + Math.max(0, total - ihl) > 65535) {
            c.problems.add("ip", at + 6, Ipv4.FRAGMENT_TOO_LONG, "fragment offset " + ip.fragmentOffset() * 8
                    + " plus " + (total - ihl) + " bytes passes 65535");
        }
        describe(c, ip, at, ihl);
        if (ip.fragmentOffset() != 0) {
            return null; // a later fragment: the upper-layer header is in the first one
        }
        boolean fragment = ip.flagMf() != 0;
        long pseudo = fragment ? Checksums.UNVERIFIABLE
                : Checksum.ipv4PseudoHeader(c.b, at + 12, at + 16, ip.protocol(), 0);
        return new Upper(ip.protocol(), at + ihl, payload, pseudo, false);
    }

    private static void describe(Ctx c, Ipv4Packet ip, int at, int ihl) {
        DissectionBuilder out = c.out;
        out.layer("ip", at, ihl);
        out.dec("ip.version", ip.version(), at, 1);
        out.dec("ip.hdr_len", ihl, at, 1);
        out.hex("ip.dsfield", ip.tos(), at + 1, 1);
        out.dec("ip.dsfield.dscp", ip.dscp(), at + 1, 1);
        out.dec("ip.dsfield.ecn", ip.ecn(), at + 1, 1);
        out.dec("ip.len", ip.totalLength(), at + 2, 2);
        out.hex("ip.id", ip.identification(), at + 4, 2);
        out.hex("ip.flags", ip.flagsFragment() >>> 13, at + 6, 1);
        out.dec("ip.flags.rb", ip.flagReserved(), at + 6, 1);
        out.dec("ip.flags.df", ip.flagDf(), at + 6, 1);
        out.dec("ip.flags.mf", ip.flagMf(), at + 6, 1);
        out.dec("ip.frag_offset", ip.fragmentOffset(), at + 6, 2);
        out.dec("ip.ttl", ip.ttl(), at + 8, 1);
        out.dec("ip.proto", ip.protocol(), at + 9, 1);
        out.hex("ip.checksum", ip.headerChecksum(), at + 10, 2);
        out.add(Fields.ipv4("ip.src", ip.src(), at + 12));
        out.add(Fields.ipv4("ip.dst", ip.dst(), at + 16));
        int endOfList = TlvWalk.walk(ip.options(), at + 20, TlvFormat.IPV4, c.problems,
                (o, o_at, total) -> option(c, o, o_at, total));
        if (endOfList >= 0) {
            int bad = TlvWalk.padding(c.b, endOfList, at + ihl, i -> { });
            if (bad >= 0) {
                c.problems.add("ip", bad, Ipv4.PADDING_NOT_ZERO, "non-zero byte after End of Option List");
            }
        }
    }

    private static void option(Ctx c, TlvOptions.TlvOption o, int at, int total) {
        DissectionBuilder out = c.out;
        int t = o.kind();
        out.dec("ip.opt.type", t, at, 1);
        out.dec("ip.opt.type.copy", t >>> 7, at, 1);
        out.dec("ip.opt.type.class", (t >>> 5) & 3, at, 1);
        out.dec("ip.opt.type.number", t & 0x1f, at, 1);
        if (total == 1) {
            return;
        }
        out.dec("ip.opt.len", total, at + 1, 1);
        if (t == OPT_RA && o.body() instanceof TlvOptions.U2Body ra && ra.value() != null) {
            out.dec("ip.opt.ra", ra.value(), at + 2, 2);
        } else if (o.body() instanceof TlvOptions.Ipv4RouteBody route && route.pointer() != null) {
            int ptr = route.pointer();
            out.dec("ip.opt.ptr", ptr, at + 2, 1);
            // RFC 791 §3.1: the pointer is relative to the option and starts at 4 (5 for timestamps)
            int smallest = t == OPT_TS ? 5 : 4;
            if (ptr < smallest) {
                c.problems.add("ip", at + 2, Ipv4.OPTION_POINTER, "option " + t + " pointer " + ptr + " is below " + smallest);
            }
        }
    }
}
