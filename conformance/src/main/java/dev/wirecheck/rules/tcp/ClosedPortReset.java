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
import dev.wirecheck.stack.tcp.TcpConnection;
import dev.wirecheck.stack.tcp.TcpState;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * §3.10.7.1, event processing written without a keyword. CLOSED state: a segment without RST
 * gets a RST; when its ACK bit is off the RST reads <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
 * The rule follows each SYN the peer sends to the DUT: a RST answering it must carry those
 * numbers; a SYN-ACK shows the port open (no verdict); silence is inconclusive
 * (the capture cannot tell a closed port from a dropped SYN).
 */
@Rule(id = "RFC9293-3.10.7.1-closed-port-rst", rfc = 9293, section = "3.10.7.1", level = NO_KEYWORD, protocol = "TCP",
        summary = "A SYN to a closed port gets RST,ACK with SEQ=0 and ACK=SEG.SEQ+SEG.LEN")
public final class ClosedPortReset extends ConformanceRule {
    public ClosedPortReset() {
        super(Kind.TCP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        Tcp t = f.tcp();
        if (t == null || !t.syn() || t.ackFlag() || t.rst() || !Frames.clean(f)
                || !(Frames.toOwnedV4(f, judge) || Frames.toOwnedV6(f, judge))) {
            return;
        }
        TcpConnection open = judge.stack().tcp().connection(f, false);
        if (open != null && open.state().synchronised() && open.state() != TcpState.TIME_WAIT) {
            return; // a SYN on a synchronised connection is RFC5961-4.2-syn-challenge's, not a closed port
        }
        SegmentAnswer syn = SegmentAnswer.of(f);
        judge.expect(new Expectation(this, Frames.number(f), Frames.deadline(f, judge)) {
            @Override
            public boolean onDutFrame(DecodedFrame d, Judge j) {
                Tcp a = syn.answer(d);
                if (a == null || (a.syn() && a.ackFlag())) {
                    return a != null;
                }
                if (!a.rst()) {
                    return false;
                }
                long ack = Seq.add(syn.seq, syn.length);
                long frame = Frames.number(d);
                if (a.seq() == 0 && a.ackFlag() && a.ack() == ack) {
                    j.pass(rule, "RST,ACK seq 0 ack " + ack + " in frame " + frame, stimulus, frame);
                } else {
                    j.fail(rule, "RST in frame " + frame + " has seq " + a.seq() + (a.ackFlag() ? " ack " + a.ack()
                            : " and no ACK bit") + ", RFC 9293 asks for seq 0 ack " + ack,
                            Frames.mark(d, a.payloadOffset() - a.headerLength() + 4, 10), stimulus, frame);
                }
                return true;
            }

            @Override
            public void expired(Judge j) {
                j.inconclusive(rule, "no answer to the SYN: closed port without RST, or SYN dropped", stimulus);
            }
        }.concerning(SegmentAnswer.KINDS, syn.keys()));
    }
}
