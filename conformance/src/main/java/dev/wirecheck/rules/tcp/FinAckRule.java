package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.stack.Durations;
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
        TcpConnection c = TcpAnswerExpectation.synchronisedConnection(f, judge);
        Tcp t = f.tcp();
        if (c == null || !t.fin() || t.rst() || t.syn() || !judges(c) || Seq.lt(c.peer().sndMax(), t.seq())) {
            return;
        }
        long finSeq = Seq.add(t.seq(), t.payloadLength());
        long expected = Seq.add(finSeq, 1);
        judge.expect(new TcpAnswerExpectation(this, f, judge) {
            private long stoppedAtFin = -1;

            @Override
            boolean onAnswer(Tcp a, long frame, Judge j) {
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
