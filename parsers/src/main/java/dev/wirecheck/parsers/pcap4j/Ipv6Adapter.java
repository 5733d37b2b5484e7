package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.wire.DissectionBuilder;
import org.pcap4j.packet.IllegalIpV6Option;
import org.pcap4j.packet.IpV6ExtFragmentPacket;
import org.pcap4j.packet.IpV6ExtOptionsPacket;
import org.pcap4j.packet.IpV6ExtRoutingPacket;
import org.pcap4j.packet.IpV6Packet;
import org.pcap4j.packet.IpV6PadNOption;
import org.pcap4j.packet.UnknownIpV6Option;

import static dev.wirecheck.parsers.pcap4j.Unsigned.of;
import static dev.wirecheck.parsers.pcap4j.Unsigned.u16;
import static dev.wirecheck.parsers.pcap4j.Unsigned.u32;
import static dev.wirecheck.parsers.pcap4j.Unsigned.u8;

/** The IPv6 header (RFC 8200 §3) and the extension headers pcap4j knows (§4.3–4.5), each its own layer. */
final class Ipv6Adapter {
    static final int ROUTER_ALERT = 5;

    private Ipv6Adapter() {}

    static void describe(PacketWalk w, IpV6Packet p, int at) {
        IpV6Packet.IpV6Header h = p.getHeader();
        w.layer("ipv6", at, h.length());
        DissectionBuilder out = w.out;
        int tclass = u8(h.getTrafficClass().value());
        out.dec("ipv6.version", of(h.getVersion()), at, 1);
        out.hex("ipv6.tclass", tclass, at, 2);
        out.dec("ipv6.tclass.dscp", tclass >>> 2, at, 2);
        out.dec("ipv6.tclass.ecn", tclass & 3, at, 2);
        out.hex("ipv6.flow", h.getFlowLabel().value(), at + 1, 3);
        out.dec("ipv6.plen", h.getPayloadLengthAsInt(), at + 4, 2);
        out.dec("ipv6.nxt", of(h.getNextHeader()), at + 6, 1);
        out.dec("ipv6.hlim", h.getHopLimitAsInt(), at + 7, 1);
        out.text("ipv6.src", Unsigned.address(h.getSrcAddr()), at + 8, 16);
        out.text("ipv6.dst", Unsigned.address(h.getDstAddr()), at + 24, 16);
        w.src = h.getSrcAddr();
        w.dst = h.getDstAddr();
        w.ipv6 = true;
        w.fragment = false;
        TransportAdapters.expectProtocol(w, (int) of(h.getNextHeader()));
    }

    /** Hop-by-Hop or Destination Options (RFC 8200 §4.3, §4.6). */
    static void options(PacketWalk w, String name, IpV6ExtOptionsPacket.IpV6ExtOptionsHeader h, int at) {
        w.layer(name, at, h.length());
        DissectionBuilder out = w.out;
        out.dec(name + ".nxt", of(h.getNextHeader()), at, 1);
        out.dec(name + ".len", h.getHdrExtLenAsInt(), at + 1, 1);
        out.dec(name + ".len_oct", h.length(), at + 1, 1);
        int announced = (h.getHdrExtLenAsInt() + 1) * 8;
        if (h.length() != announced) {
            // pcap4j 1.8.2 drops a PadN option without data bytes and then sizes the header by its options
            w.report(name, at + 1, Pcap4jFailures.INCONSISTENT_LENGTH, "pcap4j sized the header " + h.length()
                    + " bytes, its Hdr Ext Len says " + announced);
        }
        int o = at + 2;
        for (IpV6ExtOptionsPacket.IpV6Option opt : h.getOptions()) {
            int t = u8(opt.getType().value());
            if (opt instanceof IllegalIpV6Option) {
                w.report(name, o, Pcap4jFailures.ILLEGAL_OPTION, "pcap4j: illegal IPv6 option " + t);
                break;
            }
            out.hex("ipv6.opt.type", t, o, 1);
            out.dec("ipv6.opt.type.action", t >>> 6, o, 1);
            out.dec("ipv6.opt.type.change", (t >>> 5) & 1, o, 1);
            out.dec("ipv6.opt.type.rest", t & 0x1f, o, 1);
            if (opt instanceof IpV6PadNOption padN) {
                out.dec("ipv6.opt.length", padN.getDataLenAsInt(), o + 1, 1);
            } else if (opt instanceof UnknownIpV6Option unknown) {
                out.dec("ipv6.opt.length", unknown.getDataLenAsInt(), o + 1, 1);
                byte[] d = unknown.getData();
                if (t == ROUTER_ALERT && d.length == 2) {
                    out.dec("ipv6.opt.router_alert", ((d[0] & 0xff) << 8) | (d[1] & 0xff), o + 2, 2);
                }
            }
            o += opt.length();
        }
        TransportAdapters.expectProtocol(w, (int) of(h.getNextHeader()));
    }

    /** Routing header (RFC 8200 §4.4): the fixed part only. */
    static void routing(PacketWalk w, IpV6ExtRoutingPacket.IpV6ExtRoutingHeader h, int at) {
        w.layer("ipv6.routing", at, h.length());
        DissectionBuilder out = w.out;
        out.dec("ipv6.routing.nxt", of(h.getNextHeader()), at, 1);
        out.dec("ipv6.routing.len", h.getHdrExtLenAsInt(), at + 1, 1);
        out.dec("ipv6.routing.len_oct", h.length(), at + 1, 1);
        out.dec("ipv6.routing.type", of(h.getRoutingType()), at + 2, 1);
        out.dec("ipv6.routing.segleft", h.getSegmentsLeftAsInt(), at + 3, 1);
        TransportAdapters.expectProtocol(w, (int) of(h.getNextHeader()));
    }

    /** Fragment header (RFC 8200 §4.5): what follows a fragment cannot be verified. */
    static void fragment(PacketWalk w, IpV6ExtFragmentPacket.IpV6ExtFragmentHeader h, int at) {
        w.layer("ipv6.fraghdr", at, h.length());
        DissectionBuilder out = w.out;
        out.dec("ipv6.fraghdr.nxt", of(h.getNextHeader()), at, 1);
        out.dec("ipv6.fraghdr.offset", u16(h.getFragmentOffset()), at + 2, 2);
        out.flag("ipv6.fraghdr.more", h.getM(), at + 3, 1);
        out.hex("ipv6.fraghdr.ident", u32(h.getIdentification()), at + 4, 4);
        w.fragment = h.getFragmentOffset() != 0 || h.getM();
        TransportAdapters.expectProtocol(w, (int) of(h.getNextHeader()));
    }
}
