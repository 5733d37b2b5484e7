package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Durations;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.tcp.Seq;
import dev.wirecheck.stack.tcp.TcpConnection;
import dev.wirecheck.stack.tcp.TcpState;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import static dev.wirecheck.check.Level.MUST;

/**
 * "Probing of zero (offered) windows MUST be supported (MUST-36)": "The sending TCP peer must
 * regularly transmit at least one octet of new data (if available), or retransmit to the
 * receiving TCP peer even if the send window is zero". When the peer closes its window while the
 * DUT has data unacknowledged, a DUT segment on the connection that carries data (new or
 * retransmitted), a FIN, or a bare segment below SND.NXT (the SND.UNA-1 probe many stacks send)
 * is a probe and passes. The first probe is due after one retransmission timeout (SHLD-29);
 * RFC 6298 §2.5 lets a stack cap RTO no lower than 60 s, so only a zero window that lasts
 * {@link #PROBE_LIMIT} without a probe is judged: FAIL when data was unacknowledged when the window
 * closed, INCONCLUSIVE otherwise (the capture cannot show data waiting in the DUT's buffer). A
 * window that reopens sooner, or a capture that ends sooner, gives no verdict.
 */
@Rule(id = "RFC9293-3.8.6.1-zero-window-probe", rfc = 9293, section = "3.8.6.1", level = MUST, protocol = "TCP",
        summary = "A zero window offered by the peer is probed (judged when it lasts 60 s)")
public final class ZeroWindowProbe extends ConformanceRule {
    static final long PROBE_LIMIT = 60_000_000_000L;
    /** Connections with a zero window under watch; touched only when a window closes or reopens. */
    private final Set<TcpConnection> watched = Collections.newSetFromMap(new IdentityHashMap<>());

    public ZeroWindowProbe() {
        super(Kind.TCP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        Tcp t = f.tcp();
        if (t == null || t.headerLength() == 0 || t.rst() || !t.ackFlag() || t.window() != 0 || !Frames.clean(f)) {
            return;
        }
        TcpConnection c = judge.stack().tcp().connection(f, false);
        if (c == null || !c.state().synchronised() || c.state() == TcpState.TIME_WAIT || !watched.add(c)) {
            return;
        }
        long unacknowledged = Seq.diff(c.dut().sndMax(), t.ack());
        SegmentAnswer s = SegmentAnswer.of(f);
        long closed = Frames.time(f);
        judge.expect(new Expectation(this, Frames.number(f), closed + PROBE_LIMIT) {
            @Override
            public boolean onDutFrame(DecodedFrame d, Judge j) {
                Tcp a = s.answer(d);
                if (a == null || j.stack().tcp().connection(d, true) != c) {
                    return false;
                }
                if (a.rst()) {
                    return watched.remove(c);
                }
                boolean probe = a.payloadLength() > 0 || a.fin() || Seq.lt(a.seq(), c.dut().sndMax());
                if (probe) {
                    j.pass(rule, "probe in frame " + Frames.number(d) + ", " + Durations.text(Frames.time(d) - closed)
                            + " after the peer closed its window in frame " + stimulus, stimulus, Frames.number(d));
                    return watched.remove(c);
                }
                return false;
            }

            @Override
            public boolean onPeerFrame(DecodedFrame p, Judge j) {
                Tcp q = p.tcp();
                boolean reopenedOrClosed = q != null && q.headerLength() > 0 && (q.rst() || q.fin() || q.window() > 0);
                return reopenedOrClosed && j.stack().tcp().connection(p, false) == c && watched.remove(c);
            }

            @Override
            public void expired(Judge j) {
                watched.remove(c);
                String seen = "the peer's window stayed 0 for " + Durations.text(PROBE_LIMIT) + " from frame " + stimulus
                        + " and the DUT sent no probe";
                if (unacknowledged > 0) {
                    j.fail(rule, seen + " though " + unacknowledged + " bytes were unacknowledged", null, stimulus);
                } else {
                    j.inconclusive(rule, seen + "; all its data was acknowledged, so the capture cannot show data waiting",
                            stimulus);
                }
            }

            @Override
            public void unfinished(Judge j) {
                watched.remove(c);
            }

            @Override
            protected long peerKinds() {
                return SegmentAnswer.KINDS; // a segment that reopens or closes the window
            }
        }.concerning(SegmentAnswer.KINDS, s.keys()));
    }
}
