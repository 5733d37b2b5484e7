package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.ArpRepr;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.Icmpv6Repr;
import dev.wirecheck.parsers.hand.IgmpRepr;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.Ipv6ExtensionRepr;
import dev.wirecheck.parsers.hand.Ipv6Repr;
import dev.wirecheck.parsers.hand.NdpBuilder;
import dev.wirecheck.parsers.hand.TcpOption;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.parsers.hand.VlanRepr;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.Octets;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Well-formed frames of the kinds the captures lack (VLAN tags, IPv4 options, an IPv6
 * extension chain with AH, NDP with every option, MLDv2, IGMPv3, every TCP option, ICMP
 * timestamp/redirect/packet-too-big), built from the RFC layouts with the project's
 * builders (documentation addresses only). Inputs for the differential and hostile tests.
 */
public final class SyntheticFrames {
    static final MacAddress A = new MacAddress(0x02_00_00_00_00_01L);
    static final MacAddress B = new MacAddress(0x02_00_00_00_00_02L);

    private SyntheticFrames() {}

    public static Map<String, Frame> all() {
        Map<String, Frame> m = new LinkedHashMap<>();
        Inet4Address s4 = v4("192.0.2.1");
        Inet4Address d4 = v4("192.0.2.2");
        Inet6Address s6 = v6("2001:db8::1");
        Inet6Address d6 = v6("2001:db8::2");
        EthernetRepr eth4 = new EthernetRepr(B, A, 0x0800);
        EthernetRepr eth6 = new EthernetRepr(B, A, 0x86dd);
        byte[] payload = {1, 2, 3, 4, 5};

        m.put("qinq-ipv4-udp", frame(FrameBuilder.of(new EthernetRepr(B, A, 0x88a8), new VlanRepr(3, true, 100, 0x8100),
                new VlanRepr(5, false, 4000, 0x0800), Ipv4Repr.simple(s4, d4, 17, 64, 1), new UdpRepr(5000, 7))
                .payload(payload)));
        // RFC 791 §3.1 options: router alert (RFC 2113), NOP, record route, timestamp, EOL + padding
        Octets options = Octets.hex("94040000 01 07070400000000 4408050000000000 00000000");
        m.put("ipv4-options-tcp", frame(FrameBuilder.of(eth4, new Ipv4Repr(s4, d4, 6, 64, 2, true, false, 0, 10, 1,
                options), tcpWithAllOptions()).payload(payload)));
        m.put("ipv4-tcp-options", frame(FrameBuilder.of(eth4, Ipv4Repr.simple(s4, d4, 6, 64, 3), tcpWithAllOptions())));
        // RFC 8200 §4: hop-by-hop (router alert, RFC 2711), routing type 2, first fragment, destination options, AH
        List<Ipv6ExtensionRepr> chain = List.of(
                Ipv6ExtensionRepr.options(0, Octets.hex("05020000")),
                new Ipv6ExtensionRepr(43, Octets.hex("0201 00000000 20010db8000000000000000000000009")),
                Ipv6ExtensionRepr.fragment(0, true, 0x12345678L),
                Ipv6ExtensionRepr.options(60, Octets.hex("1e0411223344")),
                new Ipv6ExtensionRepr(51, Octets.hex("0000 00000100 00000007")));
        m.put("ipv6-chain-udp", frame(FrameBuilder.of(eth6, new Ipv6Repr(s6, d6, 17, 64, 0x2e, 0x12345, chain),
                new UdpRepr(5000, 7)).payload(payload)));
        m.put("ipv6-esp", frame(FrameBuilder.of(eth6, Ipv6Repr.simple(s6, d6, 50, 64)).payload(payload)));
        m.put("ndp-ra", frame(FrameBuilder.of(eth6, Ipv6Repr.simple(v6("fe80::1"), v6("ff02::1"), 58, 255),
                NdpBuilder.routerAdvertisement(64, 0xc8, 1800, 30000, 1000).sourceLinkAddress(A).mtu(1500)
                        .prefix(v6("2001:db8::"), 64, 0xc0, 86400, 14400).rdnss(600, d6, s6).build())));
        m.put("ndp-ns", frame(FrameBuilder.of(eth6, Ipv6Repr.simple(v6("fe80::1"), v6("ff02::1:ff00:2"), 58, 255),
                NdpBuilder.neighborSolicitation(v6("fe80::2")).sourceLinkAddress(A).build())));
        m.put("ndp-na", frame(FrameBuilder.of(eth6, Ipv6Repr.simple(v6("fe80::2"), v6("fe80::1"), 58, 255),
                NdpBuilder.neighborAdvertisement(0x60, v6("fe80::2")).targetLinkAddress(B).build())));
        m.put("ndp-rs", frame(FrameBuilder.of(eth6, Ipv6Repr.simple(v6("fe80::2"), v6("ff02::2"), 58, 255),
                NdpBuilder.routerSolicitation().sourceLinkAddress(B).build())));
        // RFC 3810 §5.1: MLDv2 query with two sources; §5.2: report with two records
        m.put("mldv2-query", frame(FrameBuilder.of(eth6, Ipv6Repr.simple(v6("fe80::1"), v6("ff02::1"), 58, 1),
                new Icmpv6Repr(130, 0, Octets.hex("2710 0000 ff0e0000000000000000000000000001 0a7d 0002"
                        + " 20010db8000000000000000000000001 20010db8000000000000000000000002")))));
        m.put("mldv2-report", frame(FrameBuilder.of(eth6, Ipv6Repr.simple(v6("fe80::1"), v6("ff02::16"), 58, 1),
                new Icmpv6Repr(143, 0, Octets.hex("0000 0002"
                        + " 04 00 0000 ff020000000000000000000000000001"
                        + " 01 01 0001 ff0e0000000000000000000000000002 20010db8000000000000000000000001 aabbccdd")))));
        m.put("mldv1-report", frame(FrameBuilder.of(eth6, Ipv6Repr.simple(v6("fe80::1"), v6("ff02::1:3"), 58, 1),
                new Icmpv6Repr(131, 0, Octets.hex("0000 0000 ff020000000000000000000000010003")))));
        // RFC 3376 §4.1 query with one source, §4.2 report with two records
        m.put("igmpv3-query", frame(FrameBuilder.of(eth4, Ipv4Repr.simple(s4, v4("224.0.0.1"), 2, 1, 4),
                new IgmpRepr(0x11, 100, Octets.hex("00000000 0a 7d 0001 c0000201")))));
        m.put("igmpv3-report", frame(FrameBuilder.of(eth4, Ipv4Repr.simple(s4, v4("224.0.0.22"), 2, 1, 5),
                new IgmpRepr(0x22, 0, Octets.hex("0000 0002 04 00 0000 e0000116 01 01 0001 e0000117 c0000201 01020304")))));
        m.put("igmpv2-leave", frame(FrameBuilder.of(eth4, Ipv4Repr.simple(s4, v4("224.0.0.2"), 2, 1, 6),
                IgmpRepr.v2(0x17, 0, v4("224.0.0.251")))));
        // RFC 792: timestamp request, redirect quoting a UDP datagram; RFC 4443 §3.2 packet too big
        m.put("icmp-timestamp", frame(FrameBuilder.of(eth4, Ipv4Repr.simple(s4, d4, 1, 64, 7),
                new Icmpv4Repr(13, 0, 0x00010002L, Octets.hex("00000001 00000002 00000003")))));
        byte[] quoted4 = FrameBuilder.of(Ipv4Repr.simple(d4, v4("198.51.100.1"), 17, 63, 8), new UdpRepr(1000, 53))
                .payload(payload).build();
        m.put("icmp-redirect", frame(FrameBuilder.of(eth4, Ipv4Repr.simple(s4, d4, 1, 64, 9),
                new Icmpv4Repr(5, 1, 0xc0000203L, Octets.of(quoted4)))));
        byte[] quoted6 = FrameBuilder.of(Ipv6Repr.simple(d6, v6("2001:db8:1::1"), 6, 63),
                TcpRepr.of(443, 5000, 1, 2, 0x18, 1000)).payload(payload).build();
        byte[] ptb = new byte[4 + quoted6.length];
        ptb[2] = 0x05;
        ptb[3] = (byte) 0xdc;
        System.arraycopy(quoted6, 0, ptb, 4, quoted6.length);
        m.put("icmpv6-packet-too-big", frame(FrameBuilder.of(eth6, Ipv6Repr.simple(s6, d6, 58, 64),
                new Icmpv6Repr(2, 0, Octets.of(ptb)))));
        m.put("arp-request", frame(FrameBuilder.of(new EthernetRepr(MacAddress.BROADCAST, A, 0x0806),
                new ArpRepr(1, A, s4, MacAddress.ZERO, d4)).padTo(60)));
        return m;
    }

    static TcpRepr tcpWithAllOptions() {
        return new TcpRepr(5000, 80, 0xfffffff0L, 7, 0x1d2, 65535, 3, List.of(TcpOption.mss(1460), TcpOption.NOP,
                TcpOption.windowScale(7), TcpOption.sackPermitted(), TcpOption.timestamps(11, 12),
                TcpOption.NOP, TcpOption.NOP, TcpOption.sack(100, 200), new TcpOption(30, Octets.hex("0102")),
                TcpOption.EOL));
    }

    static Frame frame(FrameBuilder b) {
        return Frame.ethernet(b.build(), 0, 1);
    }

    static Inet4Address v4(String s) {
        try {
            return (Inet4Address) InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(s, e);
        }
    }

    static Inet6Address v6(String s) {
        try {
            return (Inet6Address) InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(s, e);
        }
    }
}
