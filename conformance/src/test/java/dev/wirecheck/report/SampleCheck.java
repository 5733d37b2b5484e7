package dev.wirecheck.report;

import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.DutIdentity;
import dev.wirecheck.check.FrameRecord;
import dev.wirecheck.check.Highlight;
import dev.wirecheck.check.Level;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.RuleInfo;
import dev.wirecheck.check.Side;
import dev.wirecheck.check.Verdict;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.Octets;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small check result with real frames built by the hand builders: a ping the device answers,
 * a ping answered with the wrong sequence number (FAIL, MUST, sequence bytes highlighted), a TCP
 * handshake, a datagram to a closed port left unanswered (FAIL, SHOULD) and one sent just before
 * the capture ends (INCONCLUSIVE). Addresses are from 192.0.2.0/24 (RFC 5737).
 */
final class SampleCheck {
    static final MacAddress PEER_MAC = MacAddress.parse("02:00:00:00:00:01");
    static final MacAddress DUT_MAC = MacAddress.parse("02:00:00:00:00:10");
    static final Inet4Address PEER_IP = ip("192.0.2.1");
    static final Inet4Address DUT_IP = ip("192.0.2.10");

    static final RuleInfo ECHO = new RuleInfo("RFC1122-3.2.2.6-echo-reply", 1122, "3.2.2.6", Level.MUST,
            "Every ICMP Echo Request is answered with an Echo Reply mirroring identifier, sequence and data", "ICMPv4");
    static final RuleInfo PORT = new RuleInfo("RFC1122-4.1.3.1-port-unreachable", 1122, "4.1.3.1", Level.SHOULD,
            "A datagram to a closed UDP port gets an ICMP Port Unreachable", "UDP");
    static final RuleInfo BROADCAST_ECHO = new RuleInfo("RFC1122-3.2.2.6-broadcast-echo", 1122, "3.2.2.6", Level.MAY,
            "An Echo Request to a broadcast or multicast address may be silently discarded", "ICMPv4");
    static final RuleInfo VERSION = new RuleInfo("RFC791-3.1-version", 791, "3.1", Level.MUST,
            "The IPv4 version field is 4", "IPv4");

    /** Offset of the ICMP sequence number in frame 4: Ethernet 14 + IPv4 20 + type/code/checksum/id 6. */
    static final int SEQ_OFFSET = 14 + 20 + 6;

    final List<byte[]> frames = new ArrayList<>();

    SampleCheck() {
        frames.add(icmp(PEER_MAC, DUT_MAC, PEER_IP, DUT_IP, Icmpv4Repr.echoRequest(1, 1, Octets.hex("6162636465"))));
        frames.add(icmp(DUT_MAC, PEER_MAC, DUT_IP, PEER_IP, Icmpv4Repr.echoReply(1, 1, Octets.hex("6162636465"))));
        frames.add(icmp(PEER_MAC, DUT_MAC, PEER_IP, DUT_IP, Icmpv4Repr.echoRequest(1, 2, Octets.hex("6162636465"))));
        frames.add(icmp(DUT_MAC, PEER_MAC, DUT_IP, PEER_IP, Icmpv4Repr.echoReply(1, 3, Octets.hex("6162636465"))));
        frames.add(tcp(PEER_MAC, DUT_MAC, PEER_IP, DUT_IP, TcpRepr.of(40000, 80, 1000, 0, Tcp.SYN, 64240)));
        frames.add(tcp(DUT_MAC, PEER_MAC, DUT_IP, PEER_IP, TcpRepr.of(80, 40000, 5000, 1001, Tcp.SYN | Tcp.ACK_FLAG, 5744)));
        frames.add(tcp(PEER_MAC, DUT_MAC, PEER_IP, DUT_IP, TcpRepr.of(40000, 80, 1001, 5001, Tcp.ACK_FLAG, 64240)));
        frames.add(udp(9));
        frames.add(udp(10));
    }

    /** The result as the checker would report it for a capture stored at {@code capture}. */
    CheckResult result(Path capture) {
        String[] summaries = {
                "ICMPv4 echo request 192.0.2.1 → 192.0.2.10 id=1 seq=1",
                "ICMPv4 echo reply 192.0.2.10 → 192.0.2.1 id=1 seq=1",
                "ICMPv4 echo request 192.0.2.1 → 192.0.2.10 id=1 seq=2",
                "ICMPv4 echo reply 192.0.2.10 → 192.0.2.1 id=1 seq=3",
                "TCP 192.0.2.1:40000 → 192.0.2.10:80 [SYN]",
                "TCP 192.0.2.10:80 → 192.0.2.1:40000 [SYN, ACK]",
                "TCP 192.0.2.1:40000 → 192.0.2.10:80 [ACK]",
                "UDP 192.0.2.1:5000 → 192.0.2.10:9 <script>alert(1)</script>",
                "UDP 192.0.2.1:5000 → 192.0.2.10:10",
        };
        List<FrameRecord> records = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            byte[] f = frames.get(i);
            Side side = f[6 + 5] == 0x10 ? Side.DUT : Side.PEER; // source MAC's last byte
            records.add(new FrameRecord(i + 1, timestamp(i), side, f, summaries[i]));
        }
        List<Verdict> verdicts = List.of(
                new Verdict(ECHO, Outcome.PASS, List.of(1L, 2L), "answered with identifier, sequence and data mirrored"),
                new Verdict(ECHO, Outcome.FAIL, List.of(3L, 4L), "echo reply sequence 3 does not mirror the request's 2",
                        List.of(new Highlight(4, SEQ_OFFSET, 2))),
                new Verdict(PORT, Outcome.FAIL, List.of(8L), "no ICMP port unreachable within 1 s for closed port 9"),
                new Verdict(PORT, Outcome.INCONCLUSIVE, List.of(9L), "the capture ends 0.2 s after the datagram, before the 1 s deadline"),
                new Verdict(BROADCAST_ECHO, Outcome.PASS, List.of(1L), "unicast echo answered"));
        return new CheckResult(capture,
                new DutIdentity("02:00:00:00:00:10", List.of("192.0.2.10"), DutIdentity.How.GIVEN_MAC, "--dut-mac 02:00:00:00:00:10"),
                1_000_000_000L, frames.size(), records, List.of(ECHO, PORT, BROADCAST_ECHO, VERSION), verdicts);
    }

    /** Writes the frames as a classic pcap (nanosecond timestamps) and returns its path. */
    Path writePcap(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); PcapWriter w = new PcapWriter(out, 1, true)) {
            for (int i = 0; i < frames.size(); i++) {
                w.write(frames.get(i), frames.get(i).length, timestamp(i));
            }
        }
        return file;
    }

    static long timestamp(int index) {
        return 1_765_000_000_000_000_000L + index * 100_000_000L;
    }

    private static byte[] icmp(MacAddress from, MacAddress to, Inet4Address src, Inet4Address dst, Icmpv4Repr icmp) {
        return FrameBuilder.of(new EthernetRepr(to, from, EtherTypes.IPV4),
                Ipv4Repr.simple(src, dst, IpProtocols.ICMP, 64, 7), icmp).padTo(60).build();
    }

    private static byte[] tcp(MacAddress from, MacAddress to, Inet4Address src, Inet4Address dst, TcpRepr tcp) {
        return FrameBuilder.of(new EthernetRepr(to, from, EtherTypes.IPV4),
                Ipv4Repr.simple(src, dst, IpProtocols.TCP, 64, 8), tcp).padTo(60).build();
    }

    private static byte[] udp(int port) {
        return FrameBuilder.of(new EthernetRepr(DUT_MAC, PEER_MAC, EtherTypes.IPV4),
                Ipv4Repr.simple(PEER_IP, DUT_IP, IpProtocols.UDP, 64, 9), new UdpRepr(5000, port))
                .payload(new byte[]{1, 2, 3, 4}).padTo(60).build();
    }

    static Inet4Address ip(String text) {
        try {
            return (Inet4Address) InetAddress.getByName(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
