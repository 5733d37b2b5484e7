package dev.wirecheck.live.replay;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Moving the peer's acknowledgements of 04-http-small into a live device's sequence space. */
class TcpSessionsTest {
    private static final long LIVE_ISN = 6510; // what lwIP 2.1.3 from Debian picks first (targets/lwip-host/README.md)

    private static byte[] withSeq(byte[] frame, long seq) {
        byte[] f = frame.clone();
        Bytes.put32(f, Layout.of(f).l4At() + 4, seq);
        return f;
    }

    private static int flags(byte[] f) {
        return Bytes.u8(f, Layout.of(f).l4At() + 13);
    }

    @Test
    void acksFollowTheLiveIsnAndTheLiveFin() throws Exception {
        CaptureRoles roles = CaptureRoles.of(Captures.read("04-http-small.pcap"), null);
        TcpSessions tcp = new TcpSessions();
        roles.dutFrames().forEach(f -> tcp.learnCaptured(f.data()));
        List<byte[]> dut = roles.dutFrames().stream().map(Frame::data).filter(f -> Layout.of(f).has(Layout.TCP, 20)).toList();
        byte[] synAck = dut.stream().filter(f -> (flags(f) & 0x12) == 0x12).findFirst().orElseThrow();
        byte[] fin = dut.stream().filter(f -> (flags(f) & 0x01) != 0).findFirst().orElseThrow();
        Layout l = Layout.of(synAck);
        int peerPort = Bytes.u16(synAck, l.l4At() + 2);
        long capturedIsn = Bytes.u32(synAck, l.l4At() + 4);
        long capturedFin = Bytes.u32(fin, Layout.of(fin).l4At() + 4) + (Layout.of(fin).l4End() - Layout.of(fin).l4At() - 20);

        // nothing live yet: the captured value stays, after the (zero) patience
        assertEquals(capturedIsn + 1, tcp.liveAck(peerPort, 80, capturedIsn + 1, 0));

        tcp.observeLive(withSeq(synAck, LIVE_ISN));
        assertEquals(LIVE_ISN + 1, tcp.liveAck(peerPort, 80, capturedIsn + 1, 0), "ACK of the SYN-ACK");
        // data the live device has not sent is never acknowledged
        assertEquals(LIVE_ISN + 1, tcp.liveAck(peerPort, 80, capturedIsn + 51, 0));

        // the live response is 23 bytes longer than the captured one (145- vs 122-byte page)
        long liveFinSeq = LIVE_ISN + (capturedFin - capturedIsn) + 23;
        byte[] liveFin = withSeq(fin, liveFinSeq - (Layout.of(fin).l4End() - Layout.of(fin).l4At() - 20));
        tcp.observeLive(liveFin);
        assertEquals(LIVE_ISN + 51, tcp.liveAck(peerPort, 80, capturedIsn + 51, 0), "same distance from the ISN");
        assertEquals(liveFinSeq + 1, tcp.liveAck(peerPort, 80, capturedFin + 1, 0), "ACK of the captured FIN = of the live FIN");
        assertEquals(12345, tcp.liveAck(peerPort + 1, 80, 12345, 0), "unknown connection: unchanged");
    }
}
