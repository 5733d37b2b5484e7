package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.wire.DissectionBuilder;
import org.pcap4j.packet.IcmpV4CommonPacket;
import org.pcap4j.packet.IllegalIpV4Option;
import org.pcap4j.packet.IpV4InternetTimestampOption;
import org.pcap4j.packet.IpV4Packet;
import org.pcap4j.packet.IpV4LooseSourceRouteOption;
import org.pcap4j.packet.IpV4RecordRouteOption;
import org.pcap4j.packet.IpV4StrictSourceRouteOption;
import org.pcap4j.packet.UnknownIpV4Option;

import static dev.wirecheck.parsers.pcap4j.Unsigned.of;
import static dev.wirecheck.parsers.pcap4j.Unsigned.u16;
import static dev.wirecheck.parsers.pcap4j.Unsigned.u8;

/** The IPv4 header and its options (RFC 791 §3.1) as pcap4j decodes them. */
final class Ipv4Adapter {
    static final int ROUTER_ALERT = 148;

    private Ipv4Adapter() {}

    static void describe(PacketWalk w, IpV4Packet p, int at) {
        IpV4Packet.IpV4Header h = p.getHeader();
        int headerLength = h.getIhlAsInt() * 4;
        w.layer("ip", at, headerLength);
        DissectionBuilder out = w.out;
        int tos = u8(h.getTos().value());
        out.dec("ip.version", of(h.getVersion()), at, 1);
        out.dec("ip.hdr_len", headerLength, at, 1);
        out.hex("ip.dsfield", tos, at + 1, 1);
        out.dec("ip.dsfield.dscp", tos >>> 2, at + 1, 1);
        out.dec("ip.dsfield.ecn", tos & 3, at + 1, 1);
        out.dec("ip.len", h.getTotalLengthAsInt(), at + 2, 2);
        out.hex("ip.id", h.getIdentificationAsInt(), at + 4, 2);
        int flags = (h.getReservedFlag() ? 4 : 0) | (h.getDontFragmentFlag() ? 2 : 0) | (h.getMoreFragmentFlag() ? 1 : 0);
        out.hex("ip.flags", flags, at + 6, 1);
        out.flag("ip.flags.rb", h.getReservedFlag(), at + 6, 1);
        out.flag("ip.flags.df", h.getDontFragmentFlag(), at + 6, 1);
        out.flag("ip.flags.mf", h.getMoreFragmentFlag(), at + 6, 1);
        int fragmentOffset = u16(h.getFragmentOffset());
        out.dec("ip.frag_offset", fragmentOffset, at + 6, 2);
        out.dec("ip.ttl", h.getTtlAsInt(), at + 8, 1);
        out.dec("ip.proto", of(h.getProtocol()), at + 9, 1);
        out.hex("ip.checksum", u16(h.getHeaderChecksum()), at + 10, 2);
        out.add(LinkAdapters.ipv4("ip.src", h.getSrcAddr(), at + 12));
        out.add(LinkAdapters.ipv4("ip.dst", h.getDstAddr(), at + 16));
        options(w, h, at + 20);
        if (!w.quoted && !h.hasValidChecksum(false)) {
            w.report("ip", at + 10, Pcap4jFailures.CHECKSUM, "pcap4j: the header checksum does not verify");
        }
        w.src = h.getSrcAddr();
        w.dst = h.getDstAddr();
        w.ipv6 = false;
        w.fragment = h.getMoreFragmentFlag() || fragmentOffset != 0;
        TransportAdapters.expectProtocol(w, (int) of(h.getProtocol()));
    }

    private static void options(PacketWalk w, IpV4Packet.IpV4Header h, int start) {
        DissectionBuilder out = w.out;
        int o = start;
        for (IpV4Packet.IpV4Option opt : h.getOptions()) {
            int t = u8(opt.getType().value());
            if (opt instanceof IllegalIpV4Option) {
                w.report("ip", o, Pcap4jFailures.ILLEGAL_OPTION, "pcap4j: illegal IPv4 option " + t);
                return;
            }
            out.dec("ip.opt.type", t, o, 1);
            out.dec("ip.opt.type.copy", t >>> 7, o, 1);
            out.dec("ip.opt.type.class", (t >>> 5) & 3, o, 1);
            out.dec("ip.opt.type.number", t & 0x1f, o, 1);
            int len = opt.length();
            if (len > 1) {
                out.dec("ip.opt.len", len, o + 1, 1);
                if (opt instanceof IpV4RecordRouteOption route) {
                    out.dec("ip.opt.ptr", route.getPointerAsInt(), o + 2, 1);
                } else if (opt instanceof IpV4LooseSourceRouteOption route) {
                    out.dec("ip.opt.ptr", route.getPointerAsInt(), o + 2, 1);
                } else if (opt instanceof IpV4StrictSourceRouteOption route) {
                    out.dec("ip.opt.ptr", route.getPointerAsInt(), o + 2, 1);
                } else if (opt instanceof IpV4InternetTimestampOption ts) {
                    out.dec("ip.opt.ptr", ts.getPointerAsInt(), o + 2, 1);
                } else if (opt instanceof UnknownIpV4Option unknown && t == ROUTER_ALERT && unknown.getData().length == 2) {
                    byte[] d = unknown.getData();
                    out.dec("ip.opt.ra", ((d[0] & 0xff) << 8) | (d[1] & 0xff), o + 2, 2);
                }
            }
            o += len;
        }
        for (byte pad : h.getPadding()) {
            if (pad != 0) {
                // pcap4j 1.8.2 gave up on an option (seen with Internet Timestamp) and filed the rest as padding
                w.report("ip", o, Pcap4jFailures.OPTIONS_UNPARSED, "pcap4j left option bytes unparsed as padding");
                return;
            }
        }
    }

}
