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
import dev.wirecheck.stack.tcp.TcpEndpoint;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import static dev.wirecheck.check.Level.SHOULD;

/**
 * "An ACK SHOULD be generated for at least every second full-sized segment or 2*RMSS bytes of new
 * data (where RMSS is the MSS specified by the TCP endpoint receiving the segments to be
 * acknowledged, or the default value if not specified) (SHLD-19)." Once the peer's data runs
 * 2*RMSS past the DUT's last acknowledgment, the DUT owes an ACK covering that point. It passes
 * when one comes; it fails when the peer's data runs another 2*RMSS (four full-sized segments in
 * all) with no such ACK: a receiver acknowledging only on its delayed-ACK timer. A stack that
 * processes a burst of queued segments as one batch may legitimately ACK once for all of them
 * (MUST-59), so four segments arriving within {@link #BURST} give no verdict. Without further
 * peer data within 0.5 s there is no verdict here (RFC9293-3.8.6.3-delayed-ack judges the delay).
 */
@Rule(id = "RFC9293-3.8.6.3-ack-every-second-segment", rfc = 9293, section = "3.8.6.3", level = SHOULD,
        protocol = "TCP", summary = "An ACK for at least every second full-sized segment (2*RMSS bytes of new data)")
public final class AckEverySecondSegment extends ConformanceRule {
    private static final long WATCH = 500_000_000L;
    /**
     * Four segments arriving within this time count as one burst the DUT may acknowledge once,
     * having processed them as a queue (MUST-59): 10 ms carries four full-sized segments even at
     * 10 Mbit/s, while a receiver that waits for its delayed-ACK timer waits far longer.
     */
    static final long BURST = 10_000_000L;
    private final Set<TcpConnection> watched = Collections.newSetFromMap(new IdentityHashMap<>());

    public AckEverySecondSegment() {
        super(Kind.TCP);
    }

    /** RMSS: the MSS the DUT announced on its SYN, or the default (RFC 9293 §3.7.1, RFC 6691 §2). */
    static int rmss(TcpConnection c) {
        if (c.dut().mss() > 0) {
            return c.dut().mss();
        }
        return c.v6() ? TcpEndpoint.DEFAULT_MSS_V6 : TcpEndpoint.DEFAULT_MSS_V4;
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        Tcp t = f.tcp();
        if (t == null || t.headerLength() == 0 || t.payloadLength() == 0 || t.rst() || !Frames.clean(f)) {
            return;
        }
        TcpConnection c = judge.stack().tcp().connection(f, false);
        if (c == null || !c.state().synchronised() || !c.dut().ackSeen() || Seq.lt(c.peer().sndMax(), t.seq())) {
            return;
        }
        long acked = c.dut().lastAck();
        long end = Seq.add(t.seq(), t.payloadLength());
        long twoSegments = 2L * rmss(c);
        if (Seq.diff(end, acked) < twoSegments || !watched.add(c)) {
            return;
        }
        long owed = Seq.add(acked, twoSegments);
        long tooFar = Seq.add(owed, twoSegments);
        long first = Frames.time(f);
        judge.expect(new Expectation(this, Frames.number(f), first + WATCH) {
            @Override
            public boolean onDutFrame(DecodedFrame d, Judge j) {
                Tcp a = d.tcp();
                if (a == null || a.headerLength() == 0 || j.stack().tcp().connection(d, true) != c) {
                    return false;
                }
                if (a.rst() || (a.ackFlag() && Seq.le(owed, a.ack()))) {
                    if (!a.rst()) {
                        j.conforms(rule, Frames.number(d));
                    }
                    return watched.remove(c);
                }
                return false;
            }

            @Override
            public boolean onPeerFrame(DecodedFrame p, Judge j) {
                Tcp q = p.tcp();
                if (q == null || q.headerLength() == 0 || j.stack().tcp().connection(p, false) != c
                        || Seq.lt(Seq.add(q.seq(), q.payloadLength()), tooFar)) {
                    return false;
                }
                if (Frames.time(p) - first < BURST) {
                    return watched.remove(c); // one burst: a single ACK for it is allowed
                }
                j.fail(rule, "no ACK from the DUT while the peer sent " + 2 * twoSegments + " bytes (4 x RMSS "
                        + rmss(c) + ") in frames " + stimulus + " to " + Frames.number(p) + " over "
                        + Durations.text(Frames.time(p) - first)
                        + "; the last ACK stays at relative " + c.peer().relative(acked), null, stimulus, Frames.number(p));
                return watched.remove(c);
            }

            @Override
            public void expired(Judge j) {
                watched.remove(c);
            }

            @Override
            public void unfinished(Judge j) {
                watched.remove(c);
            }
        }.concerningOnly(SegmentAnswer.KINDS)); // an ACK on the connection (one expectation per connection: no key needed)
    }
}
