package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.tcp.Seq;
import dev.wirecheck.stack.tcp.TcpAttacks;
import dev.wirecheck.stack.tcp.TcpConnection;

import static dev.wirecheck.check.Level.MUST;

/**
 * "The delay MUST be less than 0.5 seconds": data the peer sends on an established connection
 * is acknowledged within 500 ms. Any later acknowledgement covering the data settles it, so a
 * stream of segments is judged by the first one left unacknowledged too long.
 */
@Rule(id = "RFC9293-3.8.6.3-delayed-ack", rfc = 9293, section = "3.8.6.3", level = MUST, protocol = "TCP",
        summary = "Data is acknowledged within 0.5 s")
public final class DelayedAckBound extends ConformanceRule {
    static final long LIMIT = 500_000_000L;
    /** Only one expectation per rule at a time: a later segment's ACK covers earlier data too. */
    private boolean pending;

    public DelayedAckBound() {
        super(Kind.TCP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        Tcp t = f.tcp();
        if (pending || t == null || t.headerLength() == 0 || t.payloadLength() == 0 || t.rst() || !Frames.clean(f)) {
            return;
        }
        TcpConnection c = judge.stack().tcp().connection(f, false);
        if (c == null || !c.state().synchronised() || TcpAttacks.classify(t, c) != null) {
            return; // data outside the window is dropped, not acknowledged (RFC 9293 §3.10.7.4)
        }
        long end = Seq.add(t.seq(), t.payloadLength());
        SegmentAnswer s = SegmentAnswer.of(f);
        pending = true;
        judge.expect(new Expectation(this, Frames.number(f), Frames.time(f) + LIMIT) {
            @Override
            public boolean onDutFrame(DecodedFrame d, Judge j) {
                Tcp a = s.answer(d);
                if (a == null || !a.ackFlag() || Seq.lt(a.ack(), end)) {
                    return a != null && a.rst() && done();
                }
                j.conforms(rule, Frames.number(d));
                return done();
            }

            @Override
            public void expired(Judge j) {
                done();
                j.fail(rule, "data of frame " + stimulus + " not acknowledged within 500 ms", null, stimulus);
            }

            @Override
            public void unfinished(Judge j) {
                done();
            }
        }.concerning(SegmentAnswer.KINDS, s.keys()));
    }

    private boolean done() {
        pending = false;
        return true;
    }
}
