package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.Octets;

import java.util.ArrayList;
import java.util.List;

import static dev.wirecheck.parsers.hand.AppFrames.CLIENT;
import static dev.wirecheck.parsers.hand.AppFrames.CLIENT_MAC;
import static dev.wirecheck.parsers.hand.AppFrames.SERVER;
import static dev.wirecheck.parsers.hand.AppFrames.SERVER_MAC;

/**
 * Well-formed DHCP, DNS, mDNS and DNS-over-TCP frames of the kinds the device captures
 * lack (every record type decoded, every typed option, overload, EDNS), built with the
 * Reprs, for comparing the hand-written dissector with tshark.
 */
public final class DhcpDnsFrames {
    private DhcpDnsFrames() {}

    public static List<byte[]> all() {
        List<byte[]> out = new ArrayList<>();
        DhcpRepr ack = DhcpRepr.message(DhcpMessageType.ACK, 0x01020304L, CLIENT_MAC, CLIENT, SERVER,
                DhcpOption.addresses(DhcpOption.SERVER_ID, SERVER), DhcpOption.seconds(DhcpOption.LEASE_TIME, 600),
                DhcpOption.addresses(DhcpOption.SUBNET_MASK, IpAddresses.v4("255.255.255.0")),
                DhcpOption.addresses(DhcpOption.ROUTER, SERVER, IpAddresses.v4("192.0.2.254")),
                DhcpOption.text(DhcpOption.DOMAIN_NAME, "example.test"),
                DhcpOption.classlessRoutes(List.of(new DhcpRoute(IpAddresses.v4("198.51.100.0"), 24, SERVER),
                        new DhcpRoute(IpAddresses.v4("0.0.0.0"), 0, SERVER))));
        out.add(AppFrames.udp(67, 68, ack.toBytes()));
        DhcpRepr discover = DhcpRepr.message(DhcpMessageType.DISCOVER, 0x0a0b0c0dL, CLIENT_MAC, null, null,
                DhcpOption.clientId(CLIENT_MAC), DhcpOption.text(DhcpOption.VENDOR_CLASS, "espressif"),
                DhcpOption.maxMessageSize(1500), DhcpOption.addresses(DhcpOption.REQUESTED_IP, CLIENT),
                DhcpOption.parameterRequestList(1, 3, 6, 15, 121)).withBroadcast(true);
        out.add(AppFrames.udp(68, 67, discover.toBytes()));
        byte[] overloaded = DhcpRepr.message(DhcpMessageType.OFFER, 5, CLIENT_MAC, CLIENT, SERVER,
                DhcpOption.raw(DhcpOption.OVERLOAD, (byte) 1)).toBytes();
        System.arraycopy(Bytes.fromHex("0c 04 66 69 6c 65 ff"), 0, overloaded, Dhcp.FILE, 7);
        out.add(AppFrames.udp(67, 68, overloaded));

        DnsRepr query = DnsRepr.query(0x1234, "www.example.test", 15);
        DnsRepr reply = query.answer(DnsRepr.NOERROR,
                DnsRecord.in("www.example.test", Dns.TYPE_CNAME, 300, new DnsRecordData.Name("host.example.test")),
                DnsRecord.in("host.example.test", Dns.TYPE_A, 300, new DnsRecordData.Address(IpAddresses.v4("192.0.2.7"))),
                DnsRecord.in("host.example.test", Dns.TYPE_AAAA, 300,
                        new DnsRecordData.Address(IpAddresses.v6("2001:db8::7"))),
                DnsRecord.in("example.test", Dns.TYPE_MX, 300, new DnsRecordData.Mx(10, "mail.example.test")),
                DnsRecord.in("example.test", Dns.TYPE_TXT, 300, new DnsRecordData.Txt(List.of("v=spf1 -all", "x"))),
                DnsRecord.in("example.test", Dns.TYPE_NS, 300, new DnsRecordData.Name("ns1.example.test")),
                DnsRecord.in("example.test", Dns.TYPE_SOA, 300, new DnsRecordData.Soa("ns1.example.test",
                        "hostmaster.example.test", 2024010101L, 7200, 900, 1209600, 300)),
                DnsRecord.in("_http._tcp.example.test", Dns.TYPE_SRV, 300,
                        new DnsRecordData.Srv(0, 5, 80, "host.example.test")),
                DnsRecord.in("7.2.0.192.in-addr.arpa", Dns.TYPE_PTR, 300, new DnsRecordData.Name("host.example.test")))
                .withAdditionals(DnsRecord.opt(1232, 0, 0, true, Octets.EMPTY));
        out.add(AppFrames.udp(53, 40000, reply.toBytes()));
        out.add(AppFrames.udp(40000, 53, query.withAdditionals(DnsRecord.opt(4096, 0, 0, false, Octets.EMPTY)).toBytes()));
        out.add(tcp(53, 40001, DnsRepr.query(0x4321, "example.test", 1).answer(DnsRepr.NXDOMAIN).toTcpBytes()));
        out.add(AppFrames.udp(5353, 5353, DnsRepr.mdnsQuery("esp32-p4.local", 1, true).toBytes()));
        out.add(AppFrames.udp(5353, 5353, DnsRepr.mdnsAnnouncement(
                new DnsRecord("esp32-p4.local", Dns.TYPE_A, DnsQuestion.IN | Dns.MDNS_CLASS_BIT, 120,
                        new DnsRecordData.Address(IpAddresses.v4("192.0.2.100"))),
                new DnsRecord("_http._tcp.local", Dns.TYPE_PTR, DnsQuestion.IN, 4500,
                        new DnsRecordData.Name("esp32-p4._http._tcp.local"))).toBytes()));
        return out;
    }

    static byte[] tcp(int srcPort, int dstPort, byte[] payload) {
        return FrameBuilder.of(new EthernetRepr(CLIENT_MAC, SERVER_MAC, EtherTypes.IPV4),
                Ipv4Repr.simple(SERVER, CLIENT, IpProtocols.TCP, 64, 2),
                TcpRepr.of(srcPort, dstPort, 1000, 2000, Tcp.ACK_FLAG | Tcp.PSH, 65535)).payload(payload).build();
    }
}
