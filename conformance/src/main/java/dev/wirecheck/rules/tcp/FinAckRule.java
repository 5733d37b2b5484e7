package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Durations;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.tcp.Seq;
import dev.wirecheck.stack.tcp.TcpConnection;

/**
 * A peer FIN the DUT must acknowledge: "advance RCV.NXT over the FIN, and send an acknowledgment
 * for the FIN" (§3.10.7.4, eighth step). The FIN occupies one sequence number, so the
 * acknowledgment reads SEG.SEQ + data length + 1; an ACK that stops at the FIN's own sequence
 * number shows the DUT took the data but not the FIN, which the failure names. Judged only for a
 * FIN that follows all the peer's data seen so far (a FIN past a gap cannot be acknowledged yet).
 */
abstract class FinAckRule extends ConformanceRule {
    FinAckRule() {
        super(Kind.TCP);
    }

    /** Whether the rule judges this FIN, on this synchronised connection, as it stood before the FIN. */
    abstract boolean judges(TcpConnection c);

    /** What a RST in answer means: a failure, or (false) an abort the rule cannot judge. */
    abstract boolean resetFails();

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        Tcp t = f.tcp();
        if (t == null || !t.fin() || t.rst() || t.syn() || t.headerLength() == 0 || !Frames.clean(f)) {
            return;
        }
        TcpConnection c = judge.stack().tcp().connection(f, false);
        if (c == null || !c.state().synchronised() || !judges(c) || Seq.lt(c.peer().sndMax(), t.seq())) {
            return;
        }
        long finSeq = Seq.add(t.seq(), t.payloadLength());
        long expected = Seq.add(finSeq, 1);
        SegmentAnswer s = SegmentAnswer.of(f);
        judge.expect(new Expectation(this, Frames.number(f), Frames.deadline(f, judge)) {
            private long stoppedAtFin = -1;

            @Override
            public boolean onDutFrame(DecodedFrame d, Judge j) {
                Tcp a = s.answer(d);
                if (a == null) {
                    return false;
                }
                long frame = Frames.number(d);
                if (a.rst()) {
                    if (resetFails()) {
                        j.fail(rule, "RST in frame " + frame + " instead of acknowledging the FIN", null, stimulus, frame);
                    } else {
                        j.inconclusive(rule, "the DUT reset the connection in frame " + frame
                                + " instead of acknowledging the FIN (an abort)", stimulus, frame);
                    }
                    return true;
                }
                if (a.ackFlag() && Seq.le(expected, a.ack())) {
                    j.conforms(rule, frame);
                    return true;
                }
                if (a.ackFlag() && a.ack() == finSeq && stoppedAtFin < 0) {
                    stoppedAtFin = frame;
                }
                return false;
            }

            @Override
            public void expired(Judge j) {
                String why = stoppedAtFin >= 0
                        ? "frame " + stoppedAtFin + " acknowledges up to the FIN's own sequence number but not the FIN"
                        + " (expected ack " + c.peer().relative(expected) + " relative)"
                        : "no acknowledgment of the FIN (ack " + c.peer().relative(expected) + " relative)";
                if (stoppedAtFin >= 0) {
                    j.fail(rule, why + " within " + Durations.text(j.deadlineNanos()), null, stimulus, stoppedAtFin);
                } else {
                    j.fail(rule, why + " within " + Durations.text(j.deadlineNanos()), null, stimulus);
                }
            }
        });
    }
}
