package dev.wirecheck.stack.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.stack.ReferenceStack;

/**
 * The peer segments RFC 5961 treats as possible blind attacks on a synchronised connection: a
 * RST not exactly at RCV.NXT (§3), a SYN (§4), a segment outside the receive window or before the
 * peer's ISN, and an ACK of data the DUT never sent (§5). Ordinary retransmissions of old data
 * (inside the sequence space already used) are not among them.
 */
public final class TcpAttacks {
    private TcpAttacks() {
    }

    /** Why the peer segment is a blind-attack segment, or null; reads the connection before the segment. */
    public static String classify(DecodedFrame f, ReferenceStack stack) {
        Tcp t = f.tcp();
        if (t == null || t.headerLength() == 0) {
            return null;
        }
        TcpConnection c = stack.tcp().connection(f, false);
        return c == null ? null : classify(t, c);
    }

    /**
     * Why this peer segment on this connection is a blind-attack segment, or null: a synchronised
     * DUT drops it (answering at most a challenge or duplicate ACK), so it moves no sequence space.
     */
    public static String classify(Tcp t, TcpConnection c) {
        if (!c.state.synchronised() || c.state == TcpState.TIME_WAIT) {
            return null;
        }
        long rcvNxt = c.peer.sndMax;
        if (t.syn()) {
            // A repeat of the peer's own SYN (its SYN-ACK retransmitted after a lost ACK) is no attack.
            return t.seq() == c.peer.isn ? null : "SYN on a synchronised connection";
        }
        if (t.rst()) {
            return t.seq() == rcvNxt ? null : "RST not at RCV.NXT";
        }
        if (c.pastDutReceiveWindow(t.seq()) || Seq.lt(t.seq(), c.peer.isn)) {
            return "segment outside the receive window";
        }
        if (t.ackFlag() && Seq.lt(c.dut.sndMax, t.ack())) {
            return "ACK of data the DUT never sent";
        }
        return null;
    }
}
