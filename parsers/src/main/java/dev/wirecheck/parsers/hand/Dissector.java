package dev.wirecheck.parsers.hand;

import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Problems;

/**
 * Chains the hand-written views by link type, EtherType, protocol number and next
 * header. It never throws on bad input: every defect becomes a malformation in the
 * {@link DecodedFrame}, and dissection stops at the first layer that cannot be trusted.
 *
 * <p>One instance is not thread-safe: it owns the {@link DecodedFrame} it fills, which is
 * reused for the next frame. That reuse is what keeps the hot path allocation-free.
 */
public final class Dissector {
    private final DecodedFrame out;

    public Dissector() {
        this(new Problems());
    }

    private Dissector(Problems problems) {
        out = new DecodedFrame(problems);
    }

    /**
     * A dissector that reads the layers and fields but records no malformation, and so
     * verifies no checksum (the views sum one only to report it): the same layers as
     * {@link #Dissector()}, at a fraction of the cost on full-size segments. For walks that
     * only look at what frames say, such as finding the DUT before the check.
     */
    public static Dissector structureOnly() {
        return new Dissector(Problems.IGNORE);
    }

    /** Dissects a frame into this dissector's reusable {@link DecodedFrame}. */
    public DecodedFrame dissect(Frame frame) {
        out.reset(frame);
        byte[] b = frame.data();
        int len = b.length;
        switch (frame.linkType()) {
            case EN10MB -> ethernet(b, len);
            case RAW -> rawIp(b, 0, len);
            case IPV4 -> ipv4(b, 0, len);
            case IPV6 -> ipv6(b, 0, len);
            case LINUX_SLL, LINUX_SLL2 -> sll(b, len, frame.linkType() == dev.wirecheck.wire.LinkType.LINUX_SLL2);
            case OTHER -> { }
        }
        return out;
    }

    /** Convenience for callers off the hot path: dissect and name every field. */
    public static Dissection describe(Frame frame) {
        return new Dissector().dissect(frame).toDissection();
    }

    private void ethernet(byte[] b, int len) {
        Ethernet eth = out.ethernet;
        if (!eth.read(b, 0, len, out.problems)) {
            return;
        }
        out.add(Kind.ETHERNET);
        if (eth.isLengthField()) {
            return; // IEEE 802.3 with LLC: not dissected further
        }
        int type = eth.type();
        int at = Ethernet.HEADER;
        while (EtherTypes.isVlanTag(type)) {
            if (out.vlanCount == Vlan.MAX_TAGS) {
                out.problems.add("vlan", at, Vlan.TOO_MANY_TAGS, "more than " + Vlan.MAX_TAGS + " stacked VLAN tags");
                return;
            }
            Vlan tag = out.vlans[out.vlanCount];
            if (!tag.read(b, at, len - at, type, out.problems)) {
                return;
            }
            out.vlanCount++;
            out.add(Kind.VLAN);
            type = tag.type();
            at += Vlan.HEADER;
        }
        network(type, b, at, len - at);
    }

    private void sll(byte[] b, int len, boolean v2) {
        if (!out.sll.read(b, 0, len, v2, out.problems)) {
            return;
        }
        out.add(Kind.SLL);
        int h = out.sll.headerLength();
        network(out.sll.protocol(), b, h, len - h);
    }

    private void network(int etherType, byte[] b, int at, int len) {
        switch (etherType) {
            case EtherTypes.IPV4 -> ipv4(b, at, len);
            case EtherTypes.IPV6 -> ipv6(b, at, len);
            case EtherTypes.ARP -> {
                if (out.arp.read(b, at, len, out.problems)) {
                    out.add(Kind.ARP);
                }
            }
            default -> { }
        }
    }

    private void rawIp(byte[] b, int at, int len) {
        if (len > 0 && (b[at] & 0xf0) == 0x60) {
            ipv6(b, at, len);
        } else {
            ipv4(b, at, len);
        }
    }

    private void ipv4(byte[] b, int at, int len) {
        Ipv4 ip = out.ipv4;
        if (!ip.read(b, at, len, out.problems)) {
            return;
        }
        out.add(Kind.IPV4);
        if (ip.fragmentOffset() != 0) {
            return; // a later fragment: the upper-layer header is in the first one
        }
        long pseudo = ip.isFragment() ? Checksums.UNVERIFIABLE : ip.pseudoHeaderSum(0);
        transport(ip.protocol(), b, ip.payloadOffset(), ip.payloadLength(), pseudo, false);
    }

    private void ipv6(byte[] b, int at, int len) {
        Ipv6 ip = out.ipv6;
        if (!ip.read(b, at, len, out.problems)) {
            return;
        }
        out.add(Kind.IPV6);
        if (!ip.upperLayerPresent()) {
            return;
        }
        long pseudo = ip.isFragment() ? Checksums.UNVERIFIABLE : ip.pseudoHeaderSum(0);
        transport(ip.upperProtocol(), b, ip.upperOffset(), ip.upperLength(), pseudo, true);
    }

    private void transport(int protocol, byte[] b, int at, int len, long pseudo, boolean overIpv6) {
        Problems p = out.problems;
        boolean verify = pseudo != Checksums.UNVERIFIABLE;
        switch (protocol) {
            case IpProtocols.ICMP -> {
                if (out.icmpv4.read(b, at, len, verify, p)) {
                    out.add(Kind.ICMPV4);
                    if (out.icmpv4.isError()) {
                        quoted(b, out.icmpv4.bodyOffset(), out.icmpv4.bodyLength());
                    }
                }
            }
            case IpProtocols.ICMPV6 -> {
                if (out.icmpv6.read(b, at, len, pseudo, p)) {
                    out.add(Kind.ICMPV6);
                    if (out.icmpv6.quotesPacket() && out.icmpv6.complete()) {
                        quoted(b, out.icmpv6.bodyOffset(), out.icmpv6.bodyLength());
                    }
                }
            }
            case IpProtocols.IGMP -> {
                if (out.igmp.read(b, at, len, verify, p)) {
                    out.add(Kind.IGMP);
                }
            }
            case IpProtocols.TCP -> {
                if (out.tcp.read(b, at, len, pseudo, p)) {
                    out.add(Kind.TCP);
                    out.payload(out.tcp.payloadOffset(), out.tcp.payloadLength());
                    tcpApplication(b);
                }
            }
            case IpProtocols.UDP -> {
                if (out.udp.read(b, at, len, pseudo, overIpv6, p)) {
                    out.add(Kind.UDP);
                    out.payload(out.udp.payloadOffset(), out.udp.payloadLength());
                    udpApplication(b);
                }
            }
            default -> { }
        }
    }

    /**
     * DNS over TCP port 53 (RFC 1035 §4.2.2, RFC 7766 §8): only a segment that holds exactly
     * one whole message after its two-byte length, since this dissector does not reassemble.
     */
    private void tcpApplication(byte[] b) {
        Tcp tcp = out.tcp;
        int at = tcp.payloadOffset();
        int len = tcp.payloadLength();
        if ((tcp.srcPort() == Dns.PORT || tcp.dstPort() == Dns.PORT) && len > 2
                && dev.wirecheck.wire.Bytes.u16(b, at) == len - 2) {
            if (out.dns.read(b, at, len, false, true, out.problems)) {
                out.add(Kind.DNS);
            }
        }
    }

    /** DHCP on ports 67/68 (RFC 2131 §4.1), DNS on 53 (RFC 1035 §4.2.1), mDNS on 5353 (RFC 6762), by either port. */
    private void udpApplication(byte[] b) {
        Udp udp = out.udp;
        int at = udp.payloadOffset();
        int len = udp.payloadLength();
        if (len <= 0) {
            return;
        }
        if (isPort(udp, Dhcp.SERVER_PORT) || isPort(udp, Dhcp.CLIENT_PORT)) {
            if (out.dhcp.read(b, at, len, out.problems)) {
                out.add(Kind.DHCP);
            }
        } else if (isPort(udp, Dns.PORT) || isPort(udp, Dns.MDNS_PORT)) {
            boolean mdns = !isPort(udp, Dns.PORT);
            if (out.dns.read(b, at, len, mdns, false, out.problems)) {
                out.add(Kind.DNS);
            }
        }
    }

    private static boolean isPort(Udp udp, int port) {
        return udp.srcPort() == port || udp.dstPort() == port;
    }

    /**
     * The datagram an ICMP error quotes (RFC 792; RFC 4443 §3). It is cut short by
     * design, so its own length and checksum defects are not the frame's malformations.
     */
    private void quoted(byte[] b, int at, int len) {
        if (len <= 0) {
            return;
        }
        Problems ignore = Problems.IGNORE;
        int protocol;
        int upperAt;
        int upperLen;
        if ((b[at] & 0xf0) == 0x60) {
            Ipv6 ip = out.quotedIpv6;
            if (!ip.read(b, at, len, ignore)) {
                return;
            }
            out.add(Kind.QUOTED_IPV6);
            if (!ip.upperLayerPresent()) {
                return;
            }
            protocol = ip.upperProtocol();
            upperAt = ip.upperOffset();
            upperLen = ip.upperLength();
        } else {
            Ipv4 ip = out.quotedIpv4;
            if (!ip.read(b, at, len, ignore)) {
                return;
            }
            out.add(Kind.QUOTED_IPV4);
            if (ip.fragmentOffset() != 0) {
                return;
            }
            protocol = ip.protocol();
            upperAt = ip.payloadOffset();
            upperLen = ip.payloadLength();
        }
        switch (protocol) {
            case IpProtocols.UDP -> {
                if (out.quotedUdp.read(b, upperAt, upperLen, Checksums.UNVERIFIABLE, false, ignore)) {
                    out.add(Kind.QUOTED_UDP);
                }
            }
            case IpProtocols.TCP -> {
                if (out.quotedTcp.readQuoted(b, upperAt, upperLen)) {
                    out.add(Kind.QUOTED_TCP);
                }
            }
            case IpProtocols.ICMP -> {
                if (out.quotedIcmpv4.read(b, upperAt, upperLen, false, ignore)) {
                    out.add(Kind.QUOTED_ICMPV4);
                }
            }
            case IpProtocols.ICMPV6 -> {
                if (out.quotedIcmpv6.read(b, upperAt, upperLen, Checksums.UNVERIFIABLE, ignore)) {
                    out.add(Kind.QUOTED_ICMPV6);
                }
            }
            default -> { }
        }
    }
}
