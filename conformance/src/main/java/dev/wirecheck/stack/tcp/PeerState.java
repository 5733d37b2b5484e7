package dev.wirecheck.stack.tcp;

import dev.wirecheck.parsers.hand.Tcp;

/**
 * The peer's side of a connection through RFC 9293 §3.3.2 (figure 5): it moves on the segments it
 * sends (its SYN, SYN-ACK and FIN) and on the DUT's segments it receives (the DUT's SYN-ACK, FIN
 * and the acknowledgements of the peer's own SYN and FIN). The capture is taken as the peer sees
 * the wire, so a DUT segment counts as received when it appears.
 */
final class PeerState {
    private PeerState() {
    }

    /**
     * The peer's state after segment {@code t}; the tracker has already applied the segment to
     * {@code c}, so a RST the DUT accepted has made {@code c.state} CLOSED.
     *
     * @param opening the segment is the SYN that opened {@code c}
     */
    static TcpState next(TcpConnection c, TcpState s, Tcp t, boolean fromDut, boolean opening) {
        if (opening) {
            return fromDut ? TcpState.LISTEN : TcpState.SYN_SENT;
        }
        if (t.rst()) {
            // A RST from the DUT aborts the connection at the peer too (§3.10.7.3, §3.10.7.4); one from
            // the peer counts only when the DUT took it (RFC 5961 §3.2: exact sequence number).
            return fromDut || c.state == TcpState.CLOSED ? TcpState.CLOSED : s;
        }
        return fromDut ? received(c, s, t) : sent(s, t);
    }

    private static TcpState sent(TcpState s, Tcp t) {
        if (s == TcpState.LISTEN && t.syn()) {
            return TcpState.SYN_RECEIVED;
        }
        return t.fin() ? s.afterSendingFin() : s;
    }

    private static TcpState received(TcpConnection c, TcpState s, Tcp t) {
        TcpEndpoint peer = c.peer;
        boolean ack = t.ackFlag();
        // Before ESTABLISHED, SND.NXT is ISS + 1: only that acknowledges the SYN (§3.10.7.3, §3.10.7.4)
        boolean synAcked = ack && peer.synSeen && t.ack() == Seq.add(peer.isn, 1);
        boolean finAcked = ack && peer.finSeq >= 0 && Seq.le(Seq.add(peer.finSeq, 1), t.ack());
        TcpState next = switch (s) {
            // a SYN-ACK with an unacceptable ACK gets a RST and leaves SYN-SENT as it was; a bare SYN crosses ours
            case SYN_SENT -> !t.syn() ? s : synAcked ? TcpState.ESTABLISHED : ack ? s : TcpState.SYN_RECEIVED;
            case SYN_RECEIVED -> synAcked ? TcpState.ESTABLISHED : s;
            default -> finAcked ? s.afterFinAcknowledged() : s;
        };
        return t.fin() ? next.afterReceivingFin() : next;
    }
}
