package dev.wirecheck.stack.tcp;

import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.oracle.Captures;
import dev.wirecheck.wire.Bytes;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import java.util.List;

import static dev.wirecheck.stack.tcp.TcpState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The log holds both ends' states after every segment, following RFC 9293 §3.3.2 (figure 5) and
 * the exchanges the RFC draws: the three-way handshake (§3.5, figure 7), the normal close
 * (§3.6, figure 12), crossing FINs (§3.6, figure 13) and the reset of a SYN to a closed
 * port (§3.10.7.1).
 */
class TcpStateLogTest {
    private static final MacAddress DUT_MAC = MacAddress.parse("02:00:00:00:00:10");
    private static final MacAddress PEER_MAC = MacAddress.parse("02:00:00:00:00:01");
    private static final int SYN = 0x02, ACK = 0x10, FIN = 0x01, RST = 0x04;

    private final Dissector dissector = new Dissector();
    private final TcpTracker tracker = new TcpTracker();
    private final TcpStateLog log = new TcpStateLog();
    private long number;

    /** Sends one segment and returns both ends' states the log holds for it. */
    private TcpStatePair send(boolean byDut, long seq, long ack, int flags) {
        var dut = IpAddresses.v4("192.0.2.10");
        var peer = IpAddresses.v4("192.0.2.1");
        TcpRepr t = new TcpRepr(byDut ? 80 : 40000, byDut ? 40000 : 80, seq, ack, flags, 5000, 0, List.of());
        byte[] b = FrameBuilder.of(new EthernetRepr(byDut ? PEER_MAC : DUT_MAC, byDut ? DUT_MAC : PEER_MAC, EtherTypes.IPV4),
                Ipv4Repr.simple(byDut ? dut : peer, byDut ? peer : dut, IpProtocols.TCP, 64, 1), t).build();
        return step(b, byDut);
    }

    private TcpStatePair step(byte[] b, boolean byDut) {
        number++;
        var f = dissector.dissect(Frame.ethernet(b, number * 1_000_000L, number));
        tracker.observe(f, byDut);
        log.after(f, byDut, tracker.connection(f, byDut));
        return log.at(number);
    }

    @Test
    void passiveOpenAndTheDutClosingFirstEndInTimeWaitAndClosed() {
        // figure 7: the peer's SYN finds the DUT in LISTEN; the DUT's answer shows it in SYN-RECEIVED
        assertEquals(TcpStatePair.of(LISTEN, SYN_SENT), send(false, 1000, 0, SYN));
        assertEquals(TcpStatePair.of(SYN_RECEIVED, ESTABLISHED), send(true, 5000, 1001, SYN | ACK));
        assertEquals(TcpStatePair.of(ESTABLISHED, ESTABLISHED), send(false, 1001, 5001, ACK));
        // figure 12 with the DUT as TCP Peer A
        assertEquals(TcpStatePair.of(FIN_WAIT_1, CLOSE_WAIT), send(true, 5001, 1001, FIN | ACK));
        assertEquals(TcpStatePair.of(FIN_WAIT_2, CLOSE_WAIT), send(false, 1001, 5002, ACK));
        assertEquals(TcpStatePair.of(TIME_WAIT, LAST_ACK), send(false, 1001, 5002, FIN | ACK));
        assertEquals(TcpStatePair.of(TIME_WAIT, CLOSED), send(true, 5002, 1002, ACK));
    }

    @Test
    void activeOpenAndThePeerClosingFirst() {
        assertEquals(TcpStatePair.of(SYN_SENT, LISTEN), send(true, 5000, 0, SYN));
        assertEquals(TcpStatePair.of(SYN_SENT, SYN_RECEIVED), send(false, 1000, 5001, SYN | ACK));
        assertEquals(TcpStatePair.of(ESTABLISHED, ESTABLISHED), send(true, 5001, 1001, ACK));
        assertEquals(TcpStatePair.of(CLOSE_WAIT, FIN_WAIT_1), send(false, 1001, 5001, FIN | ACK));
        assertEquals(TcpStatePair.of(CLOSE_WAIT, FIN_WAIT_2), send(true, 5001, 1002, ACK));
        assertEquals(TcpStatePair.of(LAST_ACK, TIME_WAIT), send(true, 5001, 1002, FIN | ACK));
        assertEquals(TcpStatePair.of(CLOSED, TIME_WAIT), send(false, 1002, 5002, ACK));
    }

    @Test
    void crossingFinsPutTheDutInClosingAndThePeerInLastAck() {
        send(false, 1000, 0, SYN);
        send(true, 5000, 1001, SYN | ACK);
        send(false, 1001, 5001, ACK);
        // Figure 13's FINs cross, neither acknowledging the other's. The DUT, having sent its FIN, goes
        // FIN-WAIT-1 → CLOSING → TIME-WAIT. One capture point puts the DUT's FIN first, so the peer as
        // the capture shows it received that FIN before sending its own: CLOSE-WAIT → LAST-ACK → CLOSED.
        assertEquals(TcpStatePair.of(FIN_WAIT_1, CLOSE_WAIT), send(true, 5001, 1001, FIN | ACK));
        assertEquals(TcpStatePair.of(CLOSING, LAST_ACK), send(false, 1001, 5001, FIN | ACK));
        assertEquals(TcpStatePair.of(CLOSING, CLOSED), send(true, 5002, 1002, ACK));
        assertEquals(TcpStatePair.of(TIME_WAIT, CLOSED), send(false, 1002, 5002, ACK));
    }

    @Test
    void aSynToAClosedPortIsResetAndBothEndsAreClosed() {
        assertEquals(TcpStatePair.of(LISTEN, SYN_SENT), send(false, 1000, 0, SYN));
        assertEquals(TcpStatePair.of(CLOSED, CLOSED), send(true, 0, 1001, RST | ACK));
    }

    @Test
    void aSynAckAcknowledgingTheWrongNumberLeavesThePeerInSynSent() {
        assertEquals(TcpStatePair.of(LISTEN, SYN_SENT), send(false, 1000, 0, SYN));
        // §3.10.7.3: in SYN-SENT an ACK other than ISS + 1 is unacceptable: the peer resets it and stays
        assertEquals(TcpStatePair.of(SYN_RECEIVED, SYN_SENT), send(true, 5000, 1500, SYN | ACK));
        assertEquals(TcpStatePair.of(SYN_RECEIVED, ESTABLISHED), send(true, 5000, 1001, SYN | ACK));
    }

    @Test
    void aResetOffTheExpectedSequenceNumberChangesNeitherEnd() {
        send(false, 1000, 0, SYN);
        send(true, 5000, 1001, SYN | ACK);
        send(false, 1001, 5001, ACK);
        // RFC 5961 §3.2: only a RST at exactly RCV.NXT resets
        assertEquals(TcpStatePair.of(ESTABLISHED, ESTABLISHED), send(false, 1500, 0, RST));
        assertEquals(TcpStatePair.of(CLOSED, CLOSED), send(false, 1001, 0, RST));
    }

    @Test
    void loggingTheSegmentsOfARealDownloadAllocatesNothing() throws Exception {
        // lwIP MANIFEST: 05-http-download, DUT MAC 02:00:00:00:00:01; a 2 MB body in about 2,000 frames
        List<Frame> frames = CaptureReader.readAll(Captures.shared().resolve("lwip/05-http-download.pcap"));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        int logged = 0;
        for (int pass = 0; pass < 2; pass++) { // the first pass loads the classes and grows the array
            TcpTracker fresh = new TcpTracker();
            allocated = 0;
            logged = 0;
            for (Frame frame : frames) {
                var f = dissector.dissect(frame);
                boolean byDut = f.ethernet() != null && Bytes.mac(f.bytes(), f.ethernet().srcOffset()).equals("02:00:00:00:00:01");
                fresh.observe(f, byDut);
                TcpConnection c = fresh.connection(f, byDut);
                long before = threads.getCurrentThreadAllocatedBytes();
                log.after(f, byDut, c);
                allocated += threads.getCurrentThreadAllocatedBytes() - before;
                logged += log.at(frame.number()) != null ? 1 : 0;
            }
        }
        assertTrue(logged > 1900, logged + " segments logged");
        assertEquals(0, allocated, "bytes allocated while logging " + logged + " segments");
    }

    @Test
    void framesOutsideAFollowedConnectionHaveNoEntry() {
        var udp = FrameBuilder.of(new EthernetRepr(DUT_MAC, PEER_MAC, EtherTypes.IPV4),
                Ipv4Repr.simple(IpAddresses.v4("192.0.2.1"), IpAddresses.v4("192.0.2.10"), IpProtocols.UDP, 64, 1),
                new UdpRepr(5000, 7)).payload(new byte[]{1}).build();
        assertNull(step(udp, false), "not TCP");
        assertNull(send(false, 1001, 5001, ACK), "a segment of a connection whose SYN the capture missed");
        assertNull(log.at(1_000_000), "a frame number past the last logged");
        // the array grows: a frame far beyond the first allocation is still logged
        number = 100_000;
        assertEquals(TcpStatePair.of(LISTEN, SYN_SENT), send(false, 1000, 0, SYN));
    }
}
