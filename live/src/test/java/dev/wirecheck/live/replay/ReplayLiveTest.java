package dev.wirecheck.live.replay;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.live.LiveTarget;
import dev.wirecheck.live.LiveTestSupport;
import dev.wirecheck.live.NamespacedJava;
import dev.wirecheck.live.cli.LiveCommands;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance of issue 8: the ordinary lwIP captures that apply, replayed with
 * {@code replay} to lwIP 2.1.3 (Debian) running in a namespace, and the answers found in the
 * new captures. (Once {@code check} is merged, its verdicts on these captures join the
 * assertions.)
 */
class ReplayLiveTest {
    private static final MacAddress LIVE = LiveTarget.TARGET_MAC;
    private static final MacAddress PEER = ReplayOptions.DEFAULT_PEER_MAC;
    private static LiveTarget target;
    private static String slaac;

    @TempDir
    static Path work;

    @BeforeAll
    static void startTarget() throws IOException {
        LiveTestSupport.requireLiveTarget();
        target = LiveTarget.start(LiveTestSupport.repoRoot());
        slaac = target.advertisePrefix();
    }

    @AfterAll
    static void stopTarget() throws IOException {
        if (target != null) {
            target.close();
        }
    }

    /** Runs {@code replay} in the target's namespace and reads the capture it wrote. */
    private static List<Frame> replay(String capture, String... extra) throws IOException, InterruptedException {
        Path out = work.resolve(capture + "-replay.pcap");
        List<String> args = new ArrayList<>(List.of("replay", Captures.lwip(capture).toString(), "--iface", target.iface(),
                "--dut-mac", LIVE.toString(), "--dut-ip", target.ipv4(), "--dut-ip", slaac,
                "--peer-ip", "192.0.2.99", "--peer-ip", "2001:db8:10::99", "--out", out.toString(), "--linger", "800"));
        args.addAll(Arrays.asList(extra));
        LiveTestSupport.Result r = LiveTestSupport.run(NamespacedJava.command(target, LiveCommands.class, args), 180);
        assertEquals(0, r.status(), "replay of " + capture + ": " + r.output());
        assertTrue(target.isAlive(), "the target died: " + target.log());
        return CaptureReader.readAll(out);
    }

    private static List<byte[]> payloads(List<Frame> frames, MacAddress from, int protocol) {
        return Reassembly.ipv4Payloads(frames, from, protocol);
    }

    @Test
    void pingIsAnsweredWithMirroredIdentifierSequenceAndData() throws Exception {
        List<Frame> frames = replay("02-ping.pcap", "--fast");
        assertEchoesMirrored(payloads(frames, PEER, 1), payloads(frames, LIVE, 1), 10);
    }

    @Test
    void fragmentedPingIsReassembledAndAnswered() throws Exception {
        List<Frame> frames = replay("03-ping-fragmented.pcap", "--fast");
        List<byte[]> replies = payloads(frames, LIVE, 1);
        assertEchoesMirrored(payloads(frames, PEER, 1), replies, 3);
        assertEquals(3008, replies.get(0).length, "3000 bytes of data + the ICMP header");
    }

    /** RFC 792 (Echo Reply): identifier, sequence number and data are returned. */
    private static void assertEchoesMirrored(List<byte[]> requests, List<byte[]> replies, int count) {
        assertEquals(count, requests.size());
        assertEquals(count, replies.size(), "echo replies");
        for (int i = 0; i < count; i++) {
            byte[] q = requests.get(i), a = replies.get(i);
            assertEquals(8, q[0]);
            assertEquals(0, a[0], "type echo reply");
            assertArrayEquals(Arrays.copyOfRange(q, 4, q.length), Arrays.copyOfRange(a, 4, a.length),
                    "identifier, sequence number and data of echo " + i);
        }
    }

    @Test
    void httpPageIsServedCompletely() throws Exception {
        List<Frame> frames = replay("04-http-small.pcap", "--fast");
        byte[] body = httpBody(frames);
        assertTrue(new String(body, StandardCharsets.US_ASCII).contains("<html"), new String(body, StandardCharsets.US_ASCII));
        assertFinAcknowledged(frames);
    }

    @Test
    void httpDownloadOfTwoMegabytesCompletes() throws Exception {
        List<Frame> frames = replay("05-http-download.pcap", "--fast");
        byte[] body = httpBody(frames);
        assertEquals(2_000_000, body.length);
        assertPattern(body);
        assertFinAcknowledged(frames);
    }

    @Test
    void twentyParallelDownloadsComplete() throws Exception {
        List<Frame> frames = replay("11-tcp-parallel.pcap", "--fast");
        var streams = Reassembly.tcpStreams(frames, LIVE, 80);
        assertEquals(20, streams.size(), "connections answered");
        for (byte[] stream : streams.values()) {
            byte[] body = httpBody(stream);
            assertEquals(100_000, body.length);
            assertPattern(body);
        }
    }

    /** The target's documented body: byte i is 'a' + i % 26 (targets/lwip-host/README.md). */
    private static void assertPattern(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] != 'a' + i % 26) {
                throw new AssertionError("body differs from the pattern at " + i);
            }
        }
    }

    /** The body of the target's one HTTP response in the capture, checked against its Content-Length. */
    private static byte[] httpBody(List<Frame> frames) {
        var streams = Reassembly.tcpStreams(frames, LIVE, 80);
        assertEquals(1, streams.size(), "one connection");
        return httpBody(streams.values().iterator().next());
    }

    private static byte[] httpBody(byte[] stream) {
        String text = new String(stream, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("HTTP/1.1 200 "), "status line: " + text.substring(0, Math.min(40, text.length())));
        int headEnd = text.indexOf("\r\n\r\n");
        assertTrue(headEnd > 0, "complete response head");
        Matcher m = Pattern.compile("(?i)\r\nContent-Length: *(\\d+)").matcher(text.substring(0, headEnd));
        assertTrue(m.find(), "Content-Length");
        byte[] body = Arrays.copyOfRange(stream, headEnd + 4, stream.length);
        assertEquals(Integer.parseInt(m.group(1)), body.length, "body length as announced");
        return body;
    }

    /** The replayed peer acknowledged the live device's FIN: the connection closed as captured. */
    private static void assertFinAcknowledged(List<Frame> frames) {
        long finSeq = -1;
        boolean acked = false;
        for (Frame frame : frames) {
            byte[] f = frame.data();
            Layout l = Layout.of(f);
            if (!l.has(Layout.TCP, 20)) {
                continue;
            }
            int flags = Bytes.u8(f, l.l4At() + 13);
            int dataOffset = (Bytes.u8(f, l.l4At() + 12) >>> 4) * 4;
            if (MacAddress.of(f, 6).equals(LIVE) && (flags & 0x01) != 0) {
                finSeq = Bytes.u32(f, l.l4At() + 4) + (l.l4End() - l.l4At() - dataOffset);
            }
            if (MacAddress.of(f, 6).equals(PEER) && finSeq >= 0 && Bytes.u32(f, l.l4At() + 8) == ((finSeq + 1) & 0xffffffffL)) {
                acked = true;
            }
        }
        assertTrue(finSeq >= 0, "the target closed the connection");
        assertTrue(acked, "the peer acknowledged the target's FIN");
    }

    @Test
    void udpEchoReturnsEveryDatagramFragmentedOnesToo() throws Exception {
        List<Frame> frames = replay("06-udp-echo.pcap", "--fast");
        List<byte[]> sent = payloads(frames, PEER, 17), echoed = payloads(frames, LIVE, 17);
        assertEquals(6, sent.size(), "datagrams of 1, 32, 512, 1024, 1472, 2000 bytes");
        assertEquals(6, echoed.size(), "echoes");
        for (int i = 0; i < 6; i++) {
            byte[] q = sent.get(i), a = echoed.get(i);
            assertEquals(Bytes.u16(q, 0), Bytes.u16(a, 2), "ports swapped (RFC 862)");
            assertArrayEquals(Arrays.copyOfRange(q, 8, q.length), Arrays.copyOfRange(a, 8, a.length), "data of datagram " + i);
        }
    }

    @Test
    void ping6LinkLocalIsAnsweredAtTheCapturedPacing() throws Exception {
        List<Frame> frames = replay("07-ping6-linklocal.pcap"); // not --fast: original pacing
        assertIcmpv6EchoesMirrored(frames, 5);
    }

    @Test
    void ping6ToTheSlaacAddressIsAnswered() throws Exception {
        List<Frame> frames = replay("08-ping6-global.pcap", "--fast");
        assertIcmpv6EchoesMirrored(frames, 5);
    }

    /** RFC 4443 §4.2: the reply carries the request's identifier, sequence number and data. */
    private static void assertIcmpv6EchoesMirrored(List<Frame> frames, int count) {
        List<byte[]> requests = new ArrayList<>(), replies = new ArrayList<>();
        for (Frame frame : frames) {
            byte[] f = frame.data();
            Layout l = Layout.of(f);
            if (l.has(Layout.ICMPV6, 8)) {
                byte[] body = Arrays.copyOfRange(f, l.l4At(), l.l4End());
                if (body[0] == (byte) 128 && MacAddress.of(f, 6).equals(PEER)) {
                    requests.add(body);
                } else if (body[0] == (byte) 129 && MacAddress.of(f, 6).equals(LIVE)) {
                    replies.add(body);
                }
            }
        }
        assertEquals(count, requests.size());
        assertEquals(count, replies.size(), "echo replies");
        for (int i = 0; i < count; i++) {
            assertArrayEquals(Arrays.copyOfRange(requests.get(i), 4, requests.get(i).length),
                    Arrays.copyOfRange(replies.get(i), 4, replies.get(i).length));
        }
    }

    @Test
    void synToAClosedPortIsAnsweredWithRstAck() throws Exception {
        List<Frame> frames = replay("09-tcp-closed-port.pcap", "--fast");
        long synSeq = -1;
        boolean reset = false;
        for (Frame frame : frames) {
            byte[] f = frame.data();
            Layout l = Layout.of(f);
            if (!l.has(Layout.TCP, 20)) {
                continue;
            }
            int flags = Bytes.u8(f, l.l4At() + 13);
            if (MacAddress.of(f, 6).equals(PEER) && flags == 0x02) {
                synSeq = Bytes.u32(f, l.l4At() + 4);
            }
            if (MacAddress.of(f, 6).equals(LIVE) && (flags & 0x14) == 0x14) {
                // RFC 9293 §3.10.7.1: <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>, SYN counting 1
                assertEquals(0, Bytes.u32(f, l.l4At() + 4));
                assertEquals((synSeq + 1) & 0xffffffffL, Bytes.u32(f, l.l4At() + 8));
                reset = true;
            }
        }
        assertTrue(reset, "RST+ACK from the target");
    }

    @Test
    void datagramsToAClosedUdpPortGetPortUnreachable() throws Exception {
        List<Frame> frames = replay("10-udp-closed-port.pcap", "--fast");
        List<byte[]> errors = payloads(frames, LIVE, 1);
        assertEquals(3, errors.size());
        for (byte[] icmp : errors) {
            assertEquals(3, icmp[0], "destination unreachable (RFC 792)");
            assertEquals(3, icmp[1], "port unreachable");
            assertEquals(9999, Bytes.u16(icmp, 8 + 20 + 2), "quotes the datagram to port 9999 (RFC 1122 §3.2.2)");
        }
    }
}
