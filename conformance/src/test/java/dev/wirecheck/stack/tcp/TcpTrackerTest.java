package dev.wirecheck.stack.tcp;

import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.TcpOption;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tracker follows the DUT through the states of RFC 9293 §3.3.2 (figure 5) for a passive
 * open and the DUT's active close, and keeps what each SYN negotiated.
 */
class TcpTrackerTest {
    private static final MacAddress DUT_MAC = MacAddress.parse("02:00:00:00:00:10");
    private static final MacAddress PEER_MAC = MacAddress.parse("02:00:00:00:00:01");
    private static final int SYN = 0x02, ACK = 0x10, FIN = 0x01, RST = 0x04;

    private final Dissector dissector = new Dissector();
    private final TcpTracker tracker = new TcpTracker();
    private long number;

    private TcpConnection send(boolean byDut, long seq, long ack, int flags, int window, TcpOption... options) {
        var dut = IpAddresses.v4("192.0.2.10");
        var peer = IpAddresses.v4("192.0.2.1");
        TcpRepr t = new TcpRepr(byDut ? 80 : 40000, byDut ? 40000 : 80, seq, ack, flags, window, 0, List.of(options));
        byte[] b = FrameBuilder.of(new EthernetRepr(byDut ? PEER_MAC : DUT_MAC, byDut ? DUT_MAC : PEER_MAC, EtherTypes.IPV4),
                Ipv4Repr.simple(byDut ? dut : peer, byDut ? peer : dut, IpProtocols.TCP, 64, 1), t).build();
        number++;
        var f = dissector.dissect(Frame.ethernet(b, number * 1_000_000L, number));
        tracker.observe(f, byDut);
        return tracker.connection(f, byDut);
    }

    @Test
    void followsPassiveOpenAndActiveClose() {
        TcpConnection c = send(false, 1000, 0, SYN, 64240, TcpOption.mss(1460), TcpOption.windowScale(7),
                TcpOption.sackPermitted());
        assertNotNull(c);
        assertEquals(TcpState.LISTEN, c.state());
        assertSame(c, send(true, 5000, 1001, SYN | ACK, 5760, TcpOption.mss(1440)));
        assertEquals(TcpState.SYN_RECEIVED, c.state());
        send(false, 1001, 5001, ACK, 502);
        assertEquals(TcpState.ESTABLISHED, c.state());
        assertEquals(3, c.establishedFrame());
        // The DUT's SYN had no WS option, so the peer's window is not scaled (RFC 7323 §2.2).
        assertFalse(c.windowScaling());
        assertEquals(502, c.peerWindowBytes());
        assertEquals(1440, c.dut().mss());
        assertTrue(c.peer().sackPermitted());
        send(true, 5001, 1001, FIN | ACK, 5760);
        assertEquals(TcpState.FIN_WAIT_1, c.state());
        send(false, 1001, 5002, ACK, 502);
        assertEquals(TcpState.FIN_WAIT_2, c.state());
        send(false, 1001, 5002, FIN | ACK, 502);
        assertEquals(TcpState.TIME_WAIT, c.state());
        assertEquals(1, c.dut().relative(5001));
    }

    @Test
    void aPassiveCloseEndsInClosedAndAnExactResetCloses() {
        TcpConnection c = send(false, 1000, 0, SYN, 1000);
        send(true, 5000, 1001, SYN | ACK, 5760);
        send(false, 1001, 5001, FIN | ACK, 1000);
        assertEquals(TcpState.CLOSE_WAIT, c.state());
        send(true, 5001, 1002, FIN | ACK, 5760);
        assertEquals(TcpState.LAST_ACK, c.state());
        send(false, 1002, 5002, ACK, 1000);
        assertEquals(TcpState.CLOSED, c.state());

        TcpConnection d = send(false, 90000, 0, SYN, 1000);
        send(true, 7000, 90001, SYN | ACK, 5760);
        send(false, 90001, 7001, ACK, 1000);
        send(false, 90050, 0, RST, 0);
        assertEquals(TcpState.ESTABLISHED, d.state(), "RST off RCV.NXT does not reset (RFC 5961 §3.2)");
        send(false, 90001, 0, RST, 0);
        assertEquals(TcpState.CLOSED, d.state());
    }

    @Test
    void aRetransmittedSynAckIsMeasured() {
        TcpConnection c = send(false, 1000, 0, SYN, 1000);
        send(true, 5000, 1001, SYN | ACK, 5760);
        number += 999; // one second later (1 ms per frame number)
        send(true, 5000, 1001, SYN | ACK, 5760);
        assertEquals(1, c.dut().retxCount());
        assertEquals(1_000_000_000L, c.dut().retxInterval());
        assertEquals(TcpState.SYN_RECEIVED, c.state());
    }

    @Test
    void segmentsTheDutDropsMoveNoSequenceSpace() {
        send(false, 1000, 0, SYN, 64240, TcpOption.mss(1460));
        send(true, 5000, 1001, SYN | ACK, 5760, TcpOption.mss(1440));
        TcpConnection c = send(false, 1001, 5001, ACK, 502);
        // RFC 5961 §4.2: a SYN on a synchronised connection is answered with a challenge ACK and dropped.
        send(false, 777777, 0, SYN, 64240);
        assertEquals(1001, c.peer().sndMax());
        assertEquals(TcpState.ESTABLISHED, c.state());
        // RFC 9293 §3.10.7.4: an ACK of something not yet sent (SEG.ACK > SND.NXT) is dropped.
        send(false, 1001, 9999, ACK, 502);
        assertEquals(5001, c.peer().lastAck());
        assertEquals(1001, c.peer().sndMax());
    }
}
