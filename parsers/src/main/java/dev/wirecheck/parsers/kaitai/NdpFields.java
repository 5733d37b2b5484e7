package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.TlvFormat;
import dev.wirecheck.parsers.kaitai.gen.Icmpv6Packet;
import dev.wirecheck.parsers.kaitai.gen.TlvOptions;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MalformationCode;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_OPTION;

/** Neighbor Discovery bodies and options (RFC 4861 §4; RDNSS of RFC 8106). */
final class NdpFields {
    /** The hand-written family's code for an option of the wrong size (same id and category). */
    static final MalformationCode OPTION_SIZE = Code.of("icmpv6", "option-size-wrong", BAD_OPTION);
    private static final int OPT_SLLA = 1, OPT_TLLA = 2, OPT_PREFIX = 3, OPT_MTU = 5, OPT_RDNSS = 25;

    private NdpFields() {}

    static void describe(Ctx c, Object body, int at) {
        DissectionBuilder out = c.out;
        TlvOptions options;
        int optionsAt;
        if (body instanceof Icmpv6Packet.RouterSolicitation rs) {
            out.add(Fields.bytes("icmpv6.reserved", rs.reserved(), at + 4));
            options = rs.options();
            optionsAt = at + 8;
        } else if (body instanceof Icmpv6Packet.RouterAdvertisement ra) {
            out.dec("icmpv6.nd.ra.cur_hop_limit", ra.curHopLimit(), at + 4, 1);
            int f = ra.flags();
            out.hex("icmpv6.nd.ra.flag", f, at + 5, 1);
            out.dec("icmpv6.nd.ra.flag.m", (f >>> 7) & 1, at + 5, 1);
            out.dec("icmpv6.nd.ra.flag.o", (f >>> 6) & 1, at + 5, 1);
            out.dec("icmpv6.nd.ra.flag.h", (f >>> 5) & 1, at + 5, 1);
            out.dec("icmpv6.nd.ra.flag.prf", (f >>> 3) & 3, at + 5, 1);
            out.dec("icmpv6.nd.ra.flag.p", (f >>> 2) & 1, at + 5, 1);
            out.dec("icmpv6.nd.ra.flag.rsv", f & 3, at + 5, 1);
            out.dec("icmpv6.nd.ra.router_lifetime", ra.routerLifetime(), at + 6, 2);
            out.dec("icmpv6.nd.ra.reachable_time", ra.reachableTime(), at + 8, 4);
            out.dec("icmpv6.nd.ra.retrans_timer", ra.retransTimer(), at + 12, 4);
            options = ra.options();
            optionsAt = at + 16;
        } else if (body instanceof Icmpv6Packet.NeighborSolicitation ns) {
            out.add(Fields.bytes("icmpv6.reserved", ns.reserved(), at + 4));
            out.add(Fields.ipv6("icmpv6.nd.ns.target_address", ns.target(), at + 8));
            options = ns.options();
            optionsAt = at + 24;
        } else if (body instanceof Icmpv6Packet.NeighborAdvertisement na) {
            long f = na.flags();
            out.hex("icmpv6.nd.na.flag", f, at + 4, 4);
            out.dec("icmpv6.nd.na.flag.r", (f >>> 31) & 1, at + 4, 1);
            out.dec("icmpv6.nd.na.flag.s", (f >>> 30) & 1, at + 4, 1);
            out.dec("icmpv6.nd.na.flag.o", (f >>> 29) & 1, at + 4, 1);
            out.dec("icmpv6.nd.na.flag.rsv", f & 0x1fffffffL, at + 4, 4);
            out.add(Fields.ipv6("icmpv6.nd.na.target_address", na.target(), at + 8));
            options = na.options();
            optionsAt = at + 24;
        } else if (body instanceof Icmpv6Packet.Redirect rd) {
            out.add(Fields.bytes("icmpv6.reserved", rd.reserved(), at + 4));
            out.add(Fields.ipv6("icmpv6.nd.rd.target_address", rd.target(), at + 8));
            out.add(Fields.ipv6("icmpv6.rd.na.destination_address", rd.destination(), at + 24));
            options = rd.options();
            optionsAt = at + 40;
        } else {
            return;
        }
        TlvWalk.walk(options, optionsAt, TlvFormat.NDP, c.problems, (o, o_at, len) -> option(c, o, o_at, len));
    }

    private static void option(Ctx c, TlvOptions.TlvOption o, int at, int len) {
        DissectionBuilder out = c.out;
        int t = o.kind();
        boolean sizeOk = switch (t) {
            case OPT_PREFIX -> len == 32;
            case OPT_MTU -> len == 8;
            case OPT_RDNSS -> len >= 24 && (len - 8) % 16 == 0;
            default -> true;
        };
        if (!sizeOk) {
            c.problems.add("icmpv6", at, OPTION_SIZE, "NDP option " + t + " with length " + len);
        }
        out.dec("icmpv6.opt.type", t, at, 1);
        out.dec("icmpv6.opt.length", o.len(), at + 1, 1);
        Object body = o.body();
        if (body instanceof TlvOptions.NdpLladdrBody ll) {
            if (ll.address() != null) {
                out.add(Fields.mac("icmpv6.opt.linkaddr", ll.address(), at + 2));
                out.add(Fields.mac(t == OPT_SLLA ? "icmpv6.opt.src_linkaddr" : "icmpv6.opt.target_linkaddr",
                        ll.address(), at + 2));
            }
        } else if (body instanceof TlvOptions.NdpPrefixBody prefix) {
            TlvOptions.NdpPrefixFields p = prefix.fields();
            if (p != null) {
                out.dec("icmpv6.opt.prefix.length", p.prefixLength(), at + 2, 1);
                int f = p.flags();
                out.hex("icmpv6.opt.prefix.flag", f, at + 3, 1);
                out.dec("icmpv6.opt.prefix.flag.l", (f >>> 7) & 1, at + 3, 1);
                out.dec("icmpv6.opt.prefix.flag.a", (f >>> 6) & 1, at + 3, 1);
                out.dec("icmpv6.opt.prefix.flag.r", (f >>> 5) & 1, at + 3, 1);
                out.dec("icmpv6.opt.prefix.flag.reserved", f & 0x1f, at + 3, 1);
                out.dec("icmpv6.opt.prefix.valid_lifetime", p.validLifetime(), at + 4, 4);
                out.dec("icmpv6.opt.prefix.preferred_lifetime", p.preferredLifetime(), at + 8, 4);
                out.add(Fields.ipv6("icmpv6.opt.prefix", p.prefix(), at + 16));
            }
        } else if (body instanceof TlvOptions.NdpMtuBody mtu) {
            if (mtu.mtu() != null) {
                out.dec("icmpv6.opt.mtu", mtu.mtu(), at + 4, 4);
            }
        } else if (body instanceof TlvOptions.NdpRdnssBody rdnss) {
            if (rdnss.lifetime() != null) {
                out.dec("icmpv6.opt.rdnss.lifetime", rdnss.lifetime(), at + 4, 4);
                int a = at + 8;
                for (byte[] server : rdnss.servers()) {
                    out.add(Fields.ipv6("icmpv6.opt.rdnss", server, a));
                    a += 16;
                }
            }
        }
    }
}
