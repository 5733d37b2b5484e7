package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.tcp.TcpConnection;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * RFC 5961 §3.2, first of its three cases: "If the RST bit is set and the sequence number is
 * outside the current receive window, silently drop the segment." (no RFC 2119 keyword; RFC 9293
 * §3.10.7.4 says the same: an unacceptable segment with RST is dropped, no acknowledgement.) A
 * blind attacker guessing sequence numbers sends exactly such resets. What a capture shows: the
 * DUT's next segment on the connection. A RST there means it tore the connection down (it resets
 * what the peer sends next); data or an ACK means the connection lives on. Nothing from the DUT on
 * the connection before the deadline cannot tell (an idle connection looks the same).
 */
@Rule(id = "RFC5961-3.2-out-of-window-rst-dropped", rfc = 5961, section = "3.2", level = NO_KEYWORD,
        protocol = "TCP", summary = "A RST outside the receive window is dropped: the connection lives on")
public final class OutOfWindowResetDropped extends ConformanceRule {
    public OutOfWindowResetDropped() {
        super(Kind.TCP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        TcpConnection c = TcpAnswerExpectation.synchronisedConnection(f, judge);
        if (c == null || !f.tcp().rst() || c.inDutReceiveWindow(f.tcp().seq())) {
            return;
        }
        judge.expect(new TcpAnswerExpectation(this, f, judge) {
            @Override
            boolean onAnswer(Tcp a, long frame, Judge j) {
                if (a.rst()) {
                    j.fail(rule, "the DUT dropped the connection after the RST at seq " + peerSeq()
                            + " outside its window: frame " + frame + " resets it", null, stimulus, frame);
                } else {
                    j.pass(rule, "the connection lives on after the out-of-window RST: frame " + frame, stimulus, frame);
                }
                return true;
            }

            @Override
            public void expired(Judge j) {
                j.inconclusive(rule, "the DUT sent nothing on the connection after the out-of-window RST in frame "
                        + stimulus + ": an idle connection and a dropped one look the same", stimulus);
            }
        });
    }
}
