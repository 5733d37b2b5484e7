package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_OPTION;

/**
 * The bodies of the Neighbor Discovery messages (RFC 4861 §4) and their options (§4.6:
 * source/target link-layer address, prefix information, redirected header, MTU; RDNSS
 * of RFC 8106). Owned by an {@link Icmpv6} view; reuses one option cursor.
 */
final class NdpBody {
    static final int OPT_SLLA = 1, OPT_TLLA = 2, OPT_PREFIX = 3, OPT_REDIRECTED = 4, OPT_MTU = 5, OPT_RDNSS = 25;

    static final MalformationCode OPTION_SIZE = Code.of("icmpv6", "option-size-wrong", BAD_OPTION);

    private final TlvCursor options = new TlvCursor();

    static boolean isNdp(int type) {
        return type >= Icmpv6.ROUTER_SOLICITATION && type <= Icmpv6.REDIRECT;
    }

    /** Offset of the options from the start of the ICMPv6 message, or -1. */
    static int optionsStart(int type) {
        return switch (type) {
            case Icmpv6.ROUTER_SOLICITATION -> 8;
            case Icmpv6.ROUTER_ADVERTISEMENT -> 16;
            case Icmpv6.NEIGHBOR_SOLICITATION, Icmpv6.NEIGHBOR_ADVERTISEMENT -> 24;
            case Icmpv6.REDIRECT -> 40;
            default -> -1;
        };
    }

    /** Walks the options, reporting a zero length (RFC 4861 §4.6), overruns and wrong sizes. */
    void check(byte[] b, int at, int length, int type, Problems problems) {
        options.reset(b, at + optionsStart(type), at + length, TlvFormat.NDP);
        while (options.next(problems)) {
            int t = options.type();
            int len = options.totalLength();
            boolean ok = switch (t) {
                case OPT_PREFIX -> len == 32;
                case OPT_MTU -> len == 8;
                case OPT_RDNSS -> len >= 24 && (len - 8) % 16 == 0;
                default -> true;
            };
            if (!ok) {
                problems.add("icmpv6", options.offset(), OPTION_SIZE, "NDP option " + t + " with length " + len);
            }
        }
    }

    void describe(byte[] b, int at, int length, int type, DissectionBuilder out) {
        switch (type) {
            case Icmpv6.ROUTER_SOLICITATION -> out.bytes("icmpv6.reserved", b, at + 4, 4);
            case Icmpv6.ROUTER_ADVERTISEMENT -> {
                out.dec("icmpv6.nd.ra.cur_hop_limit", b[at + 4] & 0xff, at + 4, 1);
                int f = b[at + 5] & 0xff;
                out.hex("icmpv6.nd.ra.flag", f, at + 5, 1);
                out.flag("icmpv6.nd.ra.flag.m", (f & 0x80) != 0, at + 5, 1);
                out.flag("icmpv6.nd.ra.flag.o", (f & 0x40) != 0, at + 5, 1);
                out.flag("icmpv6.nd.ra.flag.h", (f & 0x20) != 0, at + 5, 1);
                out.dec("icmpv6.nd.ra.flag.prf", (f >>> 3) & 3, at + 5, 1);
                out.flag("icmpv6.nd.ra.flag.p", (f & 0x04) != 0, at + 5, 1);
                out.dec("icmpv6.nd.ra.flag.rsv", f & 3, at + 5, 1);
                out.dec("icmpv6.nd.ra.router_lifetime", Bytes.u16(b, at + 6), at + 6, 2);
                out.dec("icmpv6.nd.ra.reachable_time", Bytes.u32(b, at + 8), at + 8, 4);
                out.dec("icmpv6.nd.ra.retrans_timer", Bytes.u32(b, at + 12), at + 12, 4);
            }
            case Icmpv6.NEIGHBOR_SOLICITATION -> {
                out.bytes("icmpv6.reserved", b, at + 4, 4);
                out.ipv6("icmpv6.nd.ns.target_address", b, at + 8);
            }
            case Icmpv6.NEIGHBOR_ADVERTISEMENT -> {
                long f = Bytes.u32(b, at + 4);
                out.hex("icmpv6.nd.na.flag", f, at + 4, 4);
                out.flag("icmpv6.nd.na.flag.r", (f & 0x80000000L) != 0, at + 4, 1);
                out.flag("icmpv6.nd.na.flag.s", (f & 0x40000000L) != 0, at + 4, 1);
                out.flag("icmpv6.nd.na.flag.o", (f & 0x20000000L) != 0, at + 4, 1);
                out.dec("icmpv6.nd.na.flag.rsv", f & 0x1fffffffL, at + 4, 4);
                out.ipv6("icmpv6.nd.na.target_address", b, at + 8);
            }
            default -> {
                out.bytes("icmpv6.reserved", b, at + 4, 4);
                out.ipv6("icmpv6.nd.rd.target_address", b, at + 8);
                out.ipv6("icmpv6.rd.na.destination_address", b, at + 24); // sic: Wireshark's name
            }
        }
        describeOptions(b, at + optionsStart(type), at + length, out);
    }

    private void describeOptions(byte[] b, int from, int end, DissectionBuilder out) {
        options.reset(b, from, end, TlvFormat.NDP);
        while (options.next(Problems.IGNORE)) {
            int o = options.offset();
            int t = options.type();
            int len = options.totalLength();
            out.dec("icmpv6.opt.type", t, o, 1);
            out.dec("icmpv6.opt.length", len / 8, o + 1, 1);
            switch (t) {
                case OPT_SLLA, OPT_TLLA -> {
                    if (len == 8) {
                        out.mac("icmpv6.opt.linkaddr", b, o + 2);
                        out.mac(t == OPT_SLLA ? "icmpv6.opt.src_linkaddr" : "icmpv6.opt.target_linkaddr", b, o + 2);
                    }
                }
                case OPT_PREFIX -> {
                    if (len == 32) {
                        out.dec("icmpv6.opt.prefix.length", b[o + 2] & 0xff, o + 2, 1);
                        int f = b[o + 3] & 0xff;
                        out.hex("icmpv6.opt.prefix.flag", f, o + 3, 1);
                        out.flag("icmpv6.opt.prefix.flag.l", (f & 0x80) != 0, o + 3, 1);
                        out.flag("icmpv6.opt.prefix.flag.a", (f & 0x40) != 0, o + 3, 1);
                        out.flag("icmpv6.opt.prefix.flag.r", (f & 0x20) != 0, o + 3, 1);
                        out.dec("icmpv6.opt.prefix.flag.reserved", f & 0x1f, o + 3, 1);
                        out.dec("icmpv6.opt.prefix.valid_lifetime", Bytes.u32(b, o + 4), o + 4, 4);
                        out.dec("icmpv6.opt.prefix.preferred_lifetime", Bytes.u32(b, o + 8), o + 8, 4);
                        out.ipv6("icmpv6.opt.prefix", b, o + 16);
                    }
                }
                case OPT_MTU -> {
                    if (len == 8) {
                        out.dec("icmpv6.opt.mtu", Bytes.u32(b, o + 4), o + 4, 4);
                    }
                }
                case OPT_RDNSS -> {
                    if (len >= 24) {
                        out.dec("icmpv6.opt.rdnss.lifetime", Bytes.u32(b, o + 4), o + 4, 4);
                        for (int a = o + 8; a + 16 <= o + len; a += 16) {
                            out.ipv6("icmpv6.opt.rdnss", b, a);
                        }
                    }
                }
                default -> { }
            }
        }
    }
}
