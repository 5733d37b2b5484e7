package dev.wirecheck.fuzz;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.Igmp;
import dev.wirecheck.parsers.hand.IgmpRepr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.TcpOption;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.parsers.hand.VlanRepr;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;

import java.io.IOException;
import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds the project makes itself, for what examples/ lacks: frames built with
 * {@link FrameBuilder} (VLAN, IGMP, TCP options, DHCP and DNS over UDP), a one-frame pcapng
 * file for the capture reader, and decoder inputs for the round trip. Imported with
 * {@code wirecheck import --builders}; the source column reads {@code builder:<name>}.
 */
public final class BuilderSeeds {
    private static final MacAddress DEVICE = MacAddress.parse("02:00:00:00:00:10");
    private static final MacAddress PEER = MacAddress.parse("02:00:00:00:00:01");
    private static final Inet4Address DEVICE_IP = IpAddresses.v4("192.0.2.10");
    private static final Inet4Address PEER_IP = IpAddresses.v4("192.0.2.1");

    private BuilderSeeds() {}

    /** Ethernet frames by name. */
    public static Map<String, byte[]> frames() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        EthernetRepr toPeer = new EthernetRepr(PEER, DEVICE, EtherTypes.IPV4);
        out.put("vlan-udp", FrameBuilder.of(new EthernetRepr(PEER, DEVICE, EtherTypes.VLAN),
                new VlanRepr(3, false, 42, EtherTypes.IPV4), udpHeader(PEER_IP), new UdpRepr(40000, 7))
                .payload(new byte[]{'e', 'c', 'h', 'o'}).build());
        out.put("igmpv2-report", FrameBuilder.of(new EthernetRepr(MacAddress.parse("01:00:5e:00:00:fb"), DEVICE, EtherTypes.IPV4),
                Ipv4Repr.simple(DEVICE_IP, IpAddresses.v4("224.0.0.251"), IpProtocols.IGMP, 1, 1),
                IgmpRepr.v2(Igmp.V2_REPORT, 0, IpAddresses.v4("224.0.0.251"))).build());
        out.put("tcp-syn-options", FrameBuilder.of(toPeer, Ipv4Repr.simple(DEVICE_IP, PEER_IP, IpProtocols.TCP, 64, 2),
                TcpRepr.of(49152, 80, 1000, 0, 0x002, 65535).withOptions(List.of(TcpOption.mss(1460),
                        TcpOption.sackPermitted(), TcpOption.timestamps(1, 0), TcpOption.NOP, TcpOption.windowScale(7))))
                .build());
        out.put("dhcp-discover", FrameBuilder.of(new EthernetRepr(MacAddress.BROADCAST, DEVICE, EtherTypes.IPV4),
                Ipv4Repr.simple(IpAddresses.v4("0.0.0.0"), IpAddresses.v4("255.255.255.255"), IpProtocols.UDP, 64, 3),
                new UdpRepr(68, 67)).payload(dhcpDiscover()).build());
        out.put("dns-query", FrameBuilder.of(toPeer, udpHeader(PEER_IP), new UdpRepr(40001, 53)).payload(dnsQuery(false))
                .build());
        out.put("dns-response", FrameBuilder.of(new EthernetRepr(DEVICE, PEER, EtherTypes.IPV4),
                Ipv4Repr.simple(PEER_IP, DEVICE_IP, IpProtocols.UDP, 64, 5), new UdpRepr(53, 40001))
                .payload(dnsQuery(true)).build());
        return out;
    }

    private static Ipv4Repr udpHeader(Inet4Address dst) {
        return Ipv4Repr.simple(DEVICE_IP, dst, IpProtocols.UDP, 64, 4);
    }

    /** A DHCPDISCOVER (RFC 2131 §4.4.1): BOOTP fields, the magic cookie, options 53, 55 and end. */
    static byte[] dhcpDiscover() {
        ByteBuffer b = ByteBuffer.allocate(236 + 4 + 3 + 5 + 1);
        b.put((byte) 1).put((byte) 1).put((byte) 6).put((byte) 0).putInt(0x3903f326);
        b.position(28);
        b.put(DEVICE.toBytes());
        b.position(236);
        b.put(new byte[]{99, (byte) 130, 83, 99});
        b.put(new byte[]{53, 1, 1, 55, 3, 1, 3, 6, (byte) 255});
        return b.array();
    }

    /** A DNS query for example.com A (RFC 1035 §4.1), or its answer with a compression pointer to the question. */
    static byte[] dnsQuery(boolean answer) {
        ByteBuffer b = ByteBuffer.allocate(64);
        b.putShort((short) 0x1234).putShort((short) (answer ? 0x8180 : 0x0100)).putShort((short) 1)
                .putShort((short) (answer ? 1 : 0)).putShort((short) 0).putShort((short) 0);
        b.put(new byte[]{7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0}).putShort((short) 1).putShort((short) 1);
        if (answer) {
            b.put((byte) 0xc0).put((byte) 12).putShort((short) 1).putShort((short) 1).putInt(300).putShort((short) 4)
                    .put(PEER_IP.getAddress());
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    /** A pcapng file (SHB, IDB for Ethernet, one EPB) holding {@code frame}, little-endian. */
    static byte[] pcapng(byte[] frame) {
        int padded = (frame.length + 3) / 4 * 4;
        ByteBuffer b = ByteBuffer.allocate(28 + 20 + 32 + padded).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x0a0d0d0a).putInt(28).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1).putInt(28);
        b.putInt(1).putInt(20).putShort((short) 1).putShort((short) 0).putInt(262144).putInt(20);
        b.putInt(6).putInt(32 + padded).putInt(0).putInt(0).putInt(1000).putInt(frame.length).putInt(frame.length);
        b.put(frame).position(b.position() + padded - frame.length);
        b.putInt(32 + padded);
        return b.array();
    }

    /** The IPv4 packet of an Ethernet frame behind a Linux cooked-capture v1 header (packet type 0 = to us). */
    static byte[] sll(byte[] ethernetFrame) {
        ByteBuffer b = ByteBuffer.allocate(16 + ethernetFrame.length - 14);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 6).put(PEER.toBytes()).putShort((short) 0)
                .putShort((short) EtherTypes.IPV4).put(ethernetFrame, 14, ethernetFrame.length - 14);
        return b.array();
    }

    /** Adds every builder seed to the corpus. */
    public static void addTo(Corpus corpus) throws IOException {
        Dissector dissector = new Dissector();
        int n = 0;
        for (Map.Entry<String, byte[]> e : frames().entrySet()) {
            Frame f = Frame.ethernet(e.getValue(), 0, ++n);
            DecodedFrame decoded = dissector.dissect(f);
            for (FuzzTarget t : FuzzTargets.ALL) {
                byte[] seed = t.seeds().seed(f, decoded);
                if (seed != null) {
                    corpus.add(t.name(), seed, "builder:" + e.getKey(), "-", "synthetic");
                }
            }
        }
        byte[] sll = sll(frames().get("dns-query"));
        corpus.add("sll", sll, "builder:sll-dns-query", "-", "synthetic");
        corpus.add("kaitai-sll", sll, "builder:sll-dns-query", "-", "synthetic");
        corpus.add("capture", pcapng(frames().get("dns-query")), "builder:pcapng-dns-query", "-", "synthetic");
        // round-trip decoder inputs: the first bytes pick VLAN tags and the network layer (see RoundTrip)
        for (int tags = 0; tags < 3; tags++) {
            for (int network = 0; network < 3; network++) {
                for (int transport = 0; transport < 4; transport++) {
                    byte[] seed = new byte[96];
                    for (int i = 0; i < seed.length; i++) {
                        seed[i] = (byte) (i * 37 + tags * 11 + network * 5 + transport);
                    }
                    seed[0] = (byte) tags;
                    seed[1] = (byte) network;
                    corpus.add("roundtrip", seed, "builder:roundtrip-" + tags + "-" + network + "-" + transport, "-",
                            "synthetic");
                }
            }
        }
        corpus.flush();
    }
}
