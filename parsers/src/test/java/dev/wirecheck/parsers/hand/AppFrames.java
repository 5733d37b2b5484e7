package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;

import java.net.Inet4Address;

/** Application payloads wrapped in Ethernet/IPv4/UDP or TCP from the documentation range, for tests. */
final class AppFrames {
    static final MacAddress CLIENT_MAC = MacAddress.parse("02:00:00:00:00:01");
    static final MacAddress SERVER_MAC = MacAddress.parse("02:00:00:00:00:02");
    static final Inet4Address CLIENT = IpAddresses.v4("192.0.2.100");
    static final Inet4Address SERVER = IpAddresses.v4("192.0.2.1");

    private AppFrames() {}

    static byte[] udp(int srcPort, int dstPort, byte[] payload) {
        return FrameBuilder.of(new EthernetRepr(SERVER_MAC, CLIENT_MAC, EtherTypes.IPV4),
                Ipv4Repr.simple(CLIENT, SERVER, IpProtocols.UDP, 64, 1), new UdpRepr(srcPort, dstPort))
                .payload(payload).build();
    }

    static Dissection dissectUdp(int srcPort, int dstPort, byte[] payload) {
        return Dissector.describe(Frame.ethernet(udp(srcPort, dstPort, payload), 0, 1));
    }

    static Dissection dissect(byte[] frame) {
        return Dissector.describe(Frame.ethernet(frame, 0, 1));
    }
}
