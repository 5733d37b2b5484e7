package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.stack.Durations;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.tcp.TcpConnection;

/**
 * RFC 5961's defence against blind attacks: a peer segment that might be forged gets a
 * challenge ACK, <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, and does not reset the connection. A RST
 * (or SYN-ACK) in answer fails; silence fails too, though RFC 5961 §7 lets a stack throttle
 * challenge ACKs, which the message says. Any DUT ACK with ACK=RCV.NXT counts as the challenge.
 */
abstract class ChallengeAckRule extends ConformanceRule {
    private final String what;

    ChallengeAckRule(String what) {
        super(Kind.TCP);
        this.what = what;
    }

    /** Whether this peer segment, on this synchronised connection, calls for a challenge ACK. */
    abstract boolean isChallenged(Tcp t, TcpConnection c);

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        TcpConnection c = TcpAnswerExpectation.synchronisedConnection(f, judge);
        if (c == null || !isChallenged(f.tcp(), c)) {
            return;
        }
        long rcvNxt = c.peer().sndMax();
        judge.expect(new TcpAnswerExpectation(this, f, judge) {
            @Override
            boolean onAnswer(Tcp a, long frame, Judge j) {
                if (a.rst() || a.syn()) {
                    j.fail(rule, what + " answered with " + (a.rst() ? "RST" : "SYN") + " in frame " + frame
                            + " instead of a challenge ACK", null, stimulus, frame);
                    return true;
                }
                if (a.ackFlag() && a.ack() == rcvNxt) {
                    j.pass(rule, "challenge ACK (ack " + rcvNxt + ") to " + what + " in frame " + frame, stimulus, frame);
                    return true;
                }
                return false;
            }

            @Override
            public void expired(Judge j) {
                j.fail(rule, "no challenge ACK to " + what + " within " + Durations.text(j.deadlineNanos())
                        + " (unless the DUT throttles challenge ACKs, RFC 5961 §7)", null, stimulus);
            }
        });
    }
}
