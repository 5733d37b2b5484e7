package dev.wirecheck.live.replay;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.live.LiveTarget;
import dev.wirecheck.live.LiveTestSupport;
import dev.wirecheck.live.NamespacedJava;
import dev.wirecheck.live.TargetExit;
import dev.wirecheck.live.cli.LiveCommands;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * lwIP 2.1.3 and UDP-Lite's Checksum Coverage (RFC 3828 §3.1: a coverage greater than the IP
 * length is illegal, such a datagram is discarded). lwIP's {@code udp_input()} never compares
 * the coverage with the datagram: below length + 32767 the datagram is accepted (and reaches
 * the UDP echo service, which answers in plain UDP); from there on an assertion in
 * {@code inet_cksum_pseudo_partial_base()} aborts the process (findings/live-lwip/56e679f5ec028744).
 * These pin both sides of that threshold with frames built here from the RFC's layout.
 */
class UdpLiteCoverageLiveTest {
    private static final int UDP_LITE = 136, ECHO_PORT = 7, ABORT_MARGIN = 0x7fff;
    private static final MacAddress PEER = ReplayOptions.DEFAULT_PEER_MAC;
    private static final byte[] DATA = "wirecheck-udpl!!".getBytes(StandardCharsets.US_ASCII);
    private static final int DATAGRAM = 8 + DATA.length;

    @TempDir
    Path work;

    /**
     * Ethernet + IPv4 (RFC 791 §3.1) + UDP-Lite (RFC 3828 §3.1: ports, Checksum Coverage,
     * checksum) from 192.0.2.99 to the device's port 7; the checksum covers the whole datagram
     * and the RFC 768 pseudo header with protocol 136, as a coverage of 0 would.
     */
    private static byte[] udpLite(LiveTarget target, int coverage) {
        byte[] f = new byte[14 + 20 + DATAGRAM];
        target.mac().write(f, 0);
        PEER.write(f, 6);
        Bytes.put16(f, 12, 0x0800);
        int ip = 14, udp = ip + 20;
        Bytes.put8(f, ip, 0x45);
        Bytes.put16(f, ip + 2, 20 + DATAGRAM);
        Bytes.put16(f, ip + 4, 1);
        Bytes.put8(f, ip + 8, 64);
        Bytes.put8(f, ip + 9, UDP_LITE);
        System.arraycopy(IpAddresses.parse("192.0.2.99").getAddress(), 0, f, ip + 12, 4);
        System.arraycopy(IpAddresses.parse(target.ipv4()).getAddress(), 0, f, ip + 16, 4);
        Bytes.put16(f, ip + 10, Checksum.compute(f, ip, 20));
        Bytes.put16(f, udp, 40000);
        Bytes.put16(f, udp + 2, ECHO_PORT);
        Bytes.put16(f, udp + 4, coverage);
        System.arraycopy(DATA, 0, f, udp + 8, DATA.length);
        int sum = Checksum.compute(Checksum.ipv4PseudoHeader(f, ip + 12, ip + 16, UDP_LITE, DATAGRAM), f, udp, DATAGRAM);
        Bytes.put16(f, udp + 6, sum == 0 ? 0xffff : sum);
        return f;
    }

    /** Replays the one frame to the target; the capture replay wrote. */
    private List<Frame> replay(LiveTarget target, byte[] frame) throws IOException, InterruptedException {
        Path in = work.resolve("udplite.pcap"), out = work.resolve("replayed.pcap");
        try (OutputStream o = Files.newOutputStream(in); PcapWriter w = new PcapWriter(o, 1, true)) {
            w.write(Frame.ethernet(frame, 0, 1));
        }
        LiveTestSupport.Result r = LiveTestSupport.run(NamespacedJava.command(target, LiveCommands.class, List.of("replay",
                in.toString(), "--iface", target.iface(), "--capture-dut-mac", target.mac().toString(), "--dut-mac",
                target.mac().toString(), "--dut-ip", target.ipv4(), "--peer-ip", "192.0.2.99", "--fast", "--linger", "500",
                "--out", out.toString())), 60);
        assertEquals(0, r.status(), r.output());
        return CaptureReader.readAll(out);
    }

    @Test
    void anIllegalCoverageBelowTheAbortThresholdIsAcceptedAndEchoedAsUdp() throws Exception {
        LiveTestSupport.requireLiveTarget();
        try (LiveTarget target = LiveTarget.start(LiveTestSupport.repoRoot())) {
            List<Frame> frames = replay(target, udpLite(target, DATAGRAM + ABORT_MARGIN - 1));
            byte[] echo = frames.stream().map(Frame::data)
                    .filter(f -> MacAddress.of(f, 6).equals(target.mac()) && Layout.of(f).has(Layout.UDP, 8))
                    .findFirst().orElse(null);
            assertNotNull(echo, "the device answered the UDP-Lite datagram (RFC 3828 §3.1 says discard it)");
            Layout l = Layout.of(echo);
            assertEquals(Layout.UDP, l.protocol(), "answered as UDP, protocol 17, not UDP-Lite");
            assertEquals(ECHO_PORT, Bytes.u16(echo, l.l4At()));
            assertArrayEquals(DATA, Arrays.copyOfRange(echo, l.l4At() + 8, l.l4End()), "the data echoed");
            assertNull(target.awaitExit(500, 5), "the target survives it");
        }
    }

    @Test
    void aCoverageOf32767BeyondTheDatagramAbortsTheStack() throws Exception {
        LiveTestSupport.requireLiveTarget();
        try (LiveTarget target = LiveTarget.start(LiveTestSupport.repoRoot())) {
            replay(target, udpLite(target, DATAGRAM + ABORT_MARGIN));
            TargetExit exit = target.awaitExit(5_000, 5);
            assertNotNull(exit, "lwIP 2.1.3 aborts (if this fails, the lwIP bug is gone: update the finding)");
            assertEquals(128 + 6, exit.status(), "SIGABRT (signal 6) as the JVM reports it");
            assertTrue(exit.lastOutput().contains("Assertion \"delete me\" failed at line 416 in ./src/core/inet_chksum.c"),
                    exit.lastOutput().toString());
        }
    }
}
