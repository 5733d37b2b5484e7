package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.Checksums;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.kaitai.gen.Icmpv4Packet;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.LinkType;
import dev.wirecheck.wire.Problems;

/**
 * Chains the Kaitai-generated parsers the way the hand-written dissector chains its views:
 * link type, EtherType, IP protocol / next header, and the datagram an ICMP error quotes.
 * Each layer is parsed from its own stream over the bytes present from its start, so a
 * layer that fails leaves the layers before it intact, and every offset is a frame offset.
 */
final class KaitaiDissector {
    private KaitaiDissector() {}

    /** Fills {@code out} and {@code problems}; throws only on a bug (the family catches that). */
    static void dissect(Frame frame, DissectionBuilder out, Problems problems) {
        byte[] b = frame.data();
        Ctx c = new Ctx(b, out, problems);
        int len = b.length;
        switch (frame.linkType()) {
            case EN10MB -> network(c, LinkLayers.ethernet(c, len), len);
            case LINUX_SLL, LINUX_SLL2 -> network(c, LinkLayers.sll(c, len, frame.linkType() == LinkType.LINUX_SLL2), len);
            case RAW -> {
                if (len > 0 && (b[0] & 0xf0) == 0x60) {
                    transport(c, Ipv6Layer.read(c, 0, len));
                } else {
                    transport(c, Ipv4Layer.read(c, 0, len));
                }
            }
            case IPV4 -> transport(c, Ipv4Layer.read(c, 0, len));
            case IPV6 -> transport(c, Ipv6Layer.read(c, 0, len));
            case OTHER -> { }
        }
    }

    private static void network(Ctx c, LinkLayers.Next next, int frameLength) {
        if (next == null) {
            return;
        }
        int at = next.offset();
        int len = frameLength - at;
        switch (next.etherType()) {
            case EtherTypes.IPV4 -> transport(c, Ipv4Layer.read(c, at, len));
            case EtherTypes.IPV6 -> transport(c, Ipv6Layer.read(c, at, len));
            case EtherTypes.ARP -> LinkLayers.arp(c, at, len);
            default -> { }
        }
    }

    private static void transport(Ctx c, Upper up) {
        if (up == null) {
            return;
        }
        boolean verify = up.pseudoSum() != Checksums.UNVERIFIABLE;
        int at = up.offset();
        int len = up.length();
        switch (up.protocol()) {
            case IpProtocols.ICMP -> {
                Icmpv4Packet icmp = Icmpv4Layer.read(c, at, len, verify);
                if (icmp != null && icmp.isError()) {
                    quoted(c.quiet(), at + 8, len - 8);
                }
            }
            case IpProtocols.ICMPV6 -> {
                int[] quote = Icmpv6Layer.read(c, at, len, up.pseudoSum());
                if (quote != null) {
                    quoted(c.quiet(), quote[0], quote[1]);
                }
            }
            case IpProtocols.IGMP -> IgmpLayer.read(c, at, len, verify);
            case IpProtocols.TCP -> {
                if (TransportLayers.tcp(c, at, len, up.pseudoSum())) {
                    dnsOverTcp(c, at, len);
                }
            }
            case IpProtocols.UDP -> application(c, TransportLayers.udp(c, at, len, up.pseudoSum(), up.overIpv6()));
            default -> { }
        }
    }

    /** DHCP on ports 67/68 (RFC 2131 §4.1) and DNS on port 53 (RFC 1035 §4.2.1), by either port. */
    private static void application(Ctx c, TransportLayers.UdpPayload udp) {
        if (udp == null || udp.length() <= 0) {
            return;
        }
        if (isPort(udp, 67) || isPort(udp, 68)) {
            DhcpLayer.read(c, udp.offset(), udp.length());
        } else if (isPort(udp, 53)) {
            DnsLayer.read(c, udp.offset(), udp.length());
        } else if (isPort(udp, 5353)) {
            DnsLayer.read(c, udp.offset(), udp.length(), true, -1); // mDNS, RFC 6762
        }
    }

    /** DNS over TCP port 53 (RFC 1035 §4.2.2) when the segment holds exactly one whole message after its length. */
    private static void dnsOverTcp(Ctx c, int at, int len) {
        int ports0 = ((c.b[at] & 0xff) << 8) | (c.b[at + 1] & 0xff);
        int ports1 = ((c.b[at + 2] & 0xff) << 8) | (c.b[at + 3] & 0xff);
        int header = ((c.b[at + 12] & 0xff) >>> 4) * 4;
        int payload = at + header;
        int plen = len - header;
        if ((ports0 == 53 || ports1 == 53) && plen > 2
                && (((c.b[payload] & 0xff) << 8) | (c.b[payload + 1] & 0xff)) == plen - 2) {
            DnsLayer.read(c, payload + 2, plen - 2, false, payload);
        }
    }

    private static boolean isPort(TransportLayers.UdpPayload udp, int port) {
        return udp.srcPort() == port || udp.dstPort() == port;
    }

    /**
     * The datagram an ICMP error quotes (RFC 792; RFC 4443 §3): read with malformations
     * discarded, since it is cut short by design, and its checksums left unverified.
     */
    private static void quoted(Ctx c, int at, int len) {
        if (len <= 0) {
            return;
        }
        Upper up = (c.b[at] & 0xf0) == 0x60 ? Ipv6Layer.read(c, at, len) : Ipv4Layer.read(c, at, len);
        if (up == null) {
            return;
        }
        switch (up.protocol()) {
            case IpProtocols.UDP -> TransportLayers.udp(c, up.offset(), up.length(), Checksums.UNVERIFIABLE, false);
            case IpProtocols.TCP -> TransportLayers.quotedTcp(c, up.offset(), up.length());
            case IpProtocols.ICMP -> Icmpv4Layer.read(c, up.offset(), up.length(), false);
            case IpProtocols.ICMPV6 -> Icmpv6Layer.read(c, up.offset(), up.length(), Checksums.UNVERIFIABLE);
            default -> { }
        }
    }
}
