package dev.wirecheck.live.fuzz;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.live.LiveTestSupport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --skip-protocol}: which frames a campaign leaves unsent. */
class SkippedProtocolsTest {
    private static final int UDP_LITE = 136; // IANA protocol number, RFC 3828 §4

    @Test
    void ipv4FramesAreSkippedByTheirProtocolField() {
        byte[] udp = new Templates(MutatorTest.STATION).udp(new Random(1), 7);
        assertTrue(new SkippedProtocols(Set.of(17)).skips(udp));
        assertFalse(new SkippedProtocols(Set.of(UDP_LITE)).skips(udp));
        udp[14 + 9] = (byte) UDP_LITE; // RFC 791 §3.1: protocol at offset 9 of the IPv4 header
        assertTrue(new SkippedProtocols(Set.of(UDP_LITE)).skips(udp));
    }

    @Test
    void theLwipUdpLiteReproducerIsSkippedOverIpv6() throws IOException {
        byte[] frame = CaptureReader.readAll(LiveTestSupport.repoRoot()
                .resolve("findings/live-lwip/56e679f5ec028744/reproducer.pcap")).get(0).data();
        assertTrue(new SkippedProtocols(Set.of(UDP_LITE)).skips(frame), "IPv6 next header 136");
        assertFalse(new SkippedProtocols(Set.of(17)).skips(frame));
    }

    @Test
    void nothingIsSkippedByDefaultAndArpNever() {
        Templates t = new Templates(MutatorTest.STATION);
        assertFalse(new SkippedProtocols(Set.of()).skips(t.udp(new Random(2), 7)));
        assertFalse(new SkippedProtocols(Set.of(0, 17, 58, UDP_LITE)).skips(t.arpRequest(new Random(3))));
    }

    @Test
    void protocolNumbersAreOneOctet() {
        assertThrows(IllegalArgumentException.class, () -> new SkippedProtocols(Set.of(256)));
        assertThrows(IllegalArgumentException.class, () -> new SkippedProtocols(Set.of(-1)));
    }
}
