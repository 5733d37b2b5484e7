package dev.wirecheck.stack.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.stack.LongMap;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows every TCP connection of the DUT through the capture (RFC 9293 §3.3.2): who opened
 * it, both sides' ISNs and how far each has sent and acknowledged, the windows they offer and
 * the options their SYNs negotiated, and the DUT's state from LISTEN to TIME-WAIT. Rules read
 * a connection before the current segment updates it, so they judge the segment against what
 * was known when it was sent. A connection whose SYN the capture missed is not followed.
 */
public final class TcpTracker {
    /** Connections by {@link #key}. */
    private final LongMap<TcpConnection> table = new LongMap<>();
    private final List<TcpConnection> all = new ArrayList<>();

    /*
     * The last answer of connection(): a dozen rules ask it about the same segment, one after
     * the other. Keyed by the frame itself; observe() forgets it, since it may add a connection.
     */
    private Frame askedFrame;
    private boolean askedFromDut;
    private TcpConnection answer;

    /** The connection the segment belongs to, or null. */
    public TcpConnection connection(DecodedFrame f, boolean fromDut) {
        Frame frame = f.frame();
        if (frame == askedFrame && fromDut == askedFromDut) {
            return answer;
        }
        Tcp t = f.tcp();
        TcpConnection c = t == null ? null : table.get(key(f, t, fromDut));
        askedFrame = frame;
        askedFromDut = fromDut;
        answer = c;
        return c;
    }

    /** Every connection seen, in the order their first SYN appeared. */
    public List<TcpConnection> connections() {
        return all;
    }

    /** Updates the connection of a well-formed segment after the rules have judged it. */
    public void observe(DecodedFrame f, boolean fromDut) {
        askedFrame = null;
        Tcp t = f.tcp();
        if (t == null || t.headerLength() == 0) {
            return;
        }
        long key = key(f, t, fromDut);
        TcpConnection c = table.get(key);
        long frame = f.frame().number();
        long time = f.frame().timestampNanos();
        if (t.syn() && !t.ackFlag() && !t.rst() && (c == null || isNewSyn(c, t, fromDut))) {
            c = new TcpConnection(f.ipv6() != null, fromDut ? t.srcPort() : t.dstPort(),
                    fromDut ? t.dstPort() : t.srcPort(), frame, fromDut ? TcpState.SYN_SENT : TcpState.LISTEN);
            (fromDut ? c.dut : c.peer).learnSyn(t, frame, time);
            table.put(key, c);
            all.add(c);
            return;
        }
        if (c == null) {
            return;
        }
        if (fromDut) {
            dutSegment(c, t, frame, time);
        } else {
            peerSegment(c, t, frame, time);
        }
    }

    /** A SYN starts a new connection unless it repeats the ISN of the one under way. */
    private static boolean isNewSyn(TcpConnection c, Tcp t, boolean fromDut) {
        TcpEndpoint side = fromDut ? c.dut : c.peer;
        if (c.state == TcpState.CLOSED || c.state == TcpState.TIME_WAIT || !side.synSeen) {
            return true;
        }
        // A SYN in a synchronised state gets a challenge ACK (RFC 5961 §4.2): the connection goes on.
        return !c.state.synchronised() && side.isn != t.seq();
    }

    private void dutSegment(TcpConnection c, Tcp t, long frame, long time) {
        TcpEndpoint me = c.dut;
        if (t.rst()) {
            c.state = TcpState.CLOSED;
            return;
        }
        if (t.syn() && t.ackFlag() && !me.synSeen) {
            me.learnSyn(t, frame, time);
            if (c.state == TcpState.LISTEN) {
                c.state = TcpState.SYN_RECEIVED;
            }
        }
        advance(me, t, time);
        if (c.state == TcpState.SYN_SENT && t.ackFlag() && c.peer.synSeen && !t.syn()) {
            establish(c, frame);
        }
        if (t.fin()) {
            me.finSeq = Seq.add(t.seq(), t.payloadLength() + (t.syn() ? 1 : 0));
            c.state = c.state.afterSendingFin();
        }
    }

    private void peerSegment(TcpConnection c, Tcp t, long frame, long time) {
        TcpEndpoint them = c.peer;
        if (t.rst()) {
            // RFC 5961 §3.2: only a RST at exactly RCV.NXT resets; a SYN-SENT connection takes one acknowledging its SYN.
            boolean exact = c.state == TcpState.SYN_SENT ? t.ackFlag() && t.ack() == c.dut.sndMax : t.seq() == them.sndMax;
            if (exact) {
                c.state = TcpState.CLOSED;
            }
            return;
        }
        if (TcpAttacks.classify(t, c) != null) {
            // A SYN, out-of-window segment or ACK of unsent data on a synchronised connection is
            // dropped by the DUT (RFC 9293 §3.10.7.4, RFC 5961 §4-5): it must not move RCV.NXT.
            return;
        }
        if (t.syn() && t.ackFlag() && c.state == TcpState.SYN_SENT && !them.synSeen) {
            them.learnSyn(t, frame, time);
        }
        advance(them, t, time);
        TcpEndpoint dut = c.dut;
        boolean finAcked = dut.finSeq >= 0 && t.ackFlag() && Seq.le(Seq.add(dut.finSeq, 1), t.ack());
        if (c.state == TcpState.SYN_RECEIVED && t.ackFlag() && t.ack() == Seq.add(dut.isn, 1)) {
            establish(c, frame);
        }
        if (finAcked) {
            c.state = c.state.afterFinAcknowledged();
        }
        if (t.fin()) {
            them.finSeq = Seq.add(t.seq(), t.payloadLength());
            c.state = c.state.afterReceivingFin();
        }
    }

    private static void establish(TcpConnection c, long frame) {
        c.state = TcpState.ESTABLISHED;
        c.establishedFrame = frame;
    }

    /** Moves the side's highest sequence sent, last acknowledgement and window. */
    private static void advance(TcpEndpoint side, Tcp t, long time) {
        int occupied = t.payloadLength() + (t.syn() ? 1 : 0) + (t.fin() ? 1 : 0);
        long end = Seq.add(t.seq(), occupied);
        if (occupied > 0 && !(t.syn() && side.segments == 0 && side.synTime == time)) {
            side.sent(t.seq(), time);
        }
        if (!side.synSeen || Seq.lt(side.sndMax, end)) {
            side.sndMax = end;
        }
        if (t.ackFlag()) {
            side.lastAck = t.ack();
            side.ackSeen = true;
            side.window = t.window();
        }
        side.segments++;
    }

    /**
     * The 4-tuple oriented from the DUT (its address and port first), mixed into 64 bits.
     * Reads the addresses in place: no allocation per segment. Two tuples with the same 64-bit
     * key would share a connection; over the few thousand connections of a capture that chance
     * is negligible.
     */
    static long key(DecodedFrame f, Tcp t, boolean fromDut) {
        long h = 0x9E3779B97F4A7C15L;
        int dutPort = fromDut ? t.srcPort() : t.dstPort();
        int peerPort = fromDut ? t.dstPort() : t.srcPort();
        Ipv4 v4 = f.ipv4();
        if (v4 != null) {
            h = mix(h, fromDut ? v4.src() : v4.dst());
            h = mix(h, fromDut ? v4.dst() : v4.src());
        } else {
            Ipv6 v6 = f.ipv6();
            byte[] b = f.bytes();
            int dutAt = fromDut ? v6.srcOffset() : v6.dstOffset();
            int peerAt = fromDut ? v6.dstOffset() : v6.srcOffset();
            for (int i = 0; i < 16; i += 4) {
                h = mix(h, Bytes.u32(b, dutAt + i));
            }
            for (int i = 0; i < 16; i += 4) {
                h = mix(h, Bytes.u32(b, peerAt + i));
            }
            h = mix(h, 6);
        }
        return mix(h, ((long) dutPort << 16) | peerPort);
    }

    private static long mix(long h, long v) {
        long x = (h ^ v) * 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 31);
    }
}
