package dev.wirecheck.rules;

import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.Octets;

import java.nio.file.Path;

import static dev.wirecheck.rules.Lab.*;
import static dev.wirecheck.rules.TcpCases.*;

/**
 * Captures with thousands of requests pending at once, the case the expectation index is for:
 * requests 100 µs apart with a 1 s deadline keep about 10,000 waiting. Used by
 * {@code UnansweredFloodTest} (small) and, through {@link #main}, to write the large ones the
 * {@code check} benchmark reads:
 * {@code java -cp <test classpath> dev.wirecheck.rules.Floods /tmp/floods 200000}.
 */
public final class Floods {
    static final long SPACING_MICROS = 100;

    private Floods() {
    }

    /**
     * The DUT shows its addresses and answers one ARP request, so that {@code check} finds it
     * without {@code --dut-mac} (the station that answers the most requests), as {@code bench} needs.
     */
    static Lab lab() {
        return Lab.withDut().peerTo(MacAddress.BROADCAST, Stimuli.arpRequest(PEER_MAC, PEER4, MacAddress.ZERO, DUT4))
                .dut(Stimuli.arpReply(PEER4)).spacing(SPACING_MICROS);
    }

    /**
     * Echo requests to the DUT's IPv4 address, {@code n} of them; the DUT answers only those whose
     * sequence number is a multiple of {@code answerEvery} (0: none), right away. Identifiers
     * change every 65,536 requests so that no two requests are alike.
     */
    static Lab echoFlood(int n, int answerEvery) {
        Lab lab = lab();
        for (int i = 0; i < n; i++) {
            int id = 7 + (i >>> 16), seq = i & 0xffff;
            lab.peer(lab.v4(PEER4, DUT4, IpProtocols.ICMP), Icmpv4Repr.echoRequest(id, seq, DATA));
            if (answerEvery > 0 && i % answerEvery == 0) {
                lab.dut(lab.v4(DUT4, PEER4, IpProtocols.ICMP), Icmpv4Repr.echoReply(id, seq, DATA));
            }
        }
        return lab;
    }

    /**
     * A port scan: {@code n} SYNs from the peer, each to another (port, source port) pair. The DUT
     * answers every {@code answerEvery}-th (0: none) with the RST,ACK of a closed port, and every
     * {@code answerEvery}-th of those, shifted by one, with a RST whose ACK is wrong.
     */
    static Lab synFlood(int n, int answerEvery) {
        Lab lab = lab();
        for (int i = 0; i < n; i++) {
            int dstPort = 1 + i % 60000, srcPort = 1024 + i / 60000;
            long seq = 1000L + i;
            peer(lab, seg(srcPort, dstPort, seq, 0, SYN));
            if (answerEvery > 0 && i % answerEvery == 0) {
                long ack = i % (answerEvery * answerEvery) == answerEvery ? seq : seq + 1; // the odd one out is wrong
                dut(lab, seg(dstPort, srcPort, 0, ack, RST | ACK));
            }
        }
        return lab;
    }

    /** Datagrams to {@code n} ports the DUT never used; every {@code answerEvery}-th gets a port unreachable. */
    static Lab udpScan(int n, int answerEvery) {
        Lab lab = lab();
        for (int i = 0; i < n; i++) {
            int dstPort = 6000 + i % 50000, srcPort = 20000 + i / 50000;
            Ipv4Repr ip = lab.v4(PEER4, DUT4, IpProtocols.UDP);
            UdpRepr udp = new UdpRepr(srcPort, dstPort);
            lab.peer(ip, udp);
            if (answerEvery > 0 && i % answerEvery == 0) {
                Octets quoted = Octets.of(FrameBuilder.of(ip, udp).build()); // the whole datagram, unchanged
                lab.dut(lab.v4(DUT4, PEER4, IpProtocols.ICMP), Icmpv4Repr.unreachable(3, quoted));
            }
        }
        return lab;
    }

    /** Writes echo, SYN and UDP floods of args[1] requests each (silent and partly answered) under args[0]. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        java.nio.file.Files.createDirectories(dir);
        write(echoFlood(n, 0), dir.resolve("echo-silent.pcap"));
        write(echoFlood(n, 7), dir.resolve("echo-answer-7th.pcap"));
        write(synFlood(n, 0), dir.resolve("syn-silent.pcap"));
        write(synFlood(n, 5), dir.resolve("syn-answer-5th.pcap"));
        write(udpScan(n, 3), dir.resolve("udp-answer-3rd.pcap"));
    }

    private static void write(Lab lab, Path file) throws Exception {
        try (PcapWriter w = PcapWriter.atomic(file, 1)) {
            for (Frame f : lab.end().frames()) {
                w.write(f);
            }
        }
        System.out.println(file + ": " + lab.frames().size() + " frames");
    }
}
