package dev.wirecheck.bench;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.cli.RepoRoot;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;
import org.pcap4j.packet.EthernetPacket;
import org.pcap4j.packet.IllegalRawDataException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The like-for-like pcap4j baseline of {@code wirecheck bench} really verifies the checksums.
 * The frames are real lwIP captures in which tshark 4.0 ({@code -o ip.check_checksum:TRUE
 * -o tcp.check_checksum:TRUE -o udp.check_checksum:TRUE}) finds every checksum good.
 */
class Pcap4jChecksumsTest {
    private static final int ETHERNET = 14;
    private static final int IPV4 = 20;

    /** IPv4 over TCP, UDP and ICMP: the header checksum and the transport's, two per frame. */
    @Test
    void everyIpv4FrameOfRealCapturesHasTwoValidChecksums() throws Exception {
        for (String capture : List.of("05-http-download.pcap", "06-udp-echo.pcap", "02-ping.pcap")) {
            int seen = 0;
            for (Frame f : ipv4Frames(capture)) {
                assertEquals(2, Pcap4jChecksums.valid(packet(f.data())), capture + " frame " + f.number());
                seen++;
            }
            assertTrue(seen > 5, capture + ": " + seen + " IPv4 frames");
        }
    }

    /** ICMPv6 carries the only checksum of an IPv6 ping (IPv6 has no header checksum, RFC 8200 §8.1). */
    @Test
    void icmpv6EchoesHaveOneValidChecksum() throws Exception {
        int seen = 0;
        for (Frame f : read("07-ping6-linklocal.pcap")) {
            byte[] b = f.data();
            if (b.length > ETHERNET + 40 && (b[12] & 0xff) == 0x86 && (b[13] & 0xff) == 0xdd && (b[ETHERNET + 6] & 0xff) == 58) {
                assertEquals(1, Pcap4jChecksums.valid(packet(b)), "frame " + f.number());
                seen++;
            }
        }
        assertTrue(seen > 3, seen + " ICMPv6 frames");
    }

    /** One flipped bit after the IPv4 header breaks the transport checksum and leaves the header's intact. */
    @Test
    void aFlippedTransportBitLeavesOnlyTheHeaderChecksum() throws Exception {
        for (String capture : List.of("05-http-download.pcap", "06-udp-echo.pcap", "02-ping.pcap")) {
            for (Frame f : ipv4Frames(capture)) {
                byte[] b = f.data().clone();
                b[b.length - 1] ^= 0x01; // the last byte: payload, or the last header byte of a bare ACK
                assertEquals(1, Pcap4jChecksums.valid(packet(b)), capture + " frame " + f.number());
                byte[] ttl = f.data().clone();
                ttl[ETHERNET + 8] ^= 0x01; // TTL: in the IPv4 header checksum, not in the pseudo-header
                assertEquals(1, Pcap4jChecksums.valid(packet(ttl)), capture + " frame " + f.number());
            }
        }
    }

    /** Frames of IPv4 (no options, not fragmented) whose whole datagram is in the frame, Ethernet padding excluded. */
    private static List<Frame> ipv4Frames(String capture) throws IOException {
        List<Frame> out = new ArrayList<>();
        for (Frame f : read(capture)) {
            byte[] b = f.data();
            if (b.length >= ETHERNET + IPV4 && (b[12] & 0xff) == 0x08 && b[13] == 0 && (b[ETHERNET] & 0xff) == 0x45
                    && ((b[ETHERNET + 2] & 0xff) << 8 | b[ETHERNET + 3] & 0xff) == b.length - ETHERNET
                    && ((b[ETHERNET + 6] & 0x3f) | b[ETHERNET + 7]) == 0) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<Frame> read(String capture) throws IOException {
        return CaptureReader.readAll(RepoRoot.sharedCapture("lwip/" + capture));
    }

    private static EthernetPacket packet(byte[] b) throws IllegalRawDataException {
        return EthernetPacket.newPacket(b, 0, b.length);
    }
}
