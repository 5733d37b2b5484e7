package dev.wirecheck.rules;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;

/**
 * The echo responder (ICMPv4 or ICMPv6): a well-formed, unfragmented echo request to an
 * address the DUT owns is answered with an echo reply carrying its identifier and sequence.
 */
public abstract class EchoAnsweredRule extends ConformanceRule {
    private final boolean v6;

    protected EchoAnsweredRule(boolean v6) {
        super(v6 ? Kind.ICMPV6 : Kind.ICMPV4);
        this.v6 = v6;
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        boolean request = v6 ? f.icmpv6().type() == Icmpv6.ECHO_REQUEST && !f.ipv6().isFragment()
                && Frames.toOwnedV6(f, judge)
                : f.icmpv4().type() == Icmpv4.ECHO_REQUEST && !f.ipv4().isFragment() && Frames.toOwnedV4(f, judge);
        if (!request || !Frames.clean(f)) {
            return;
        }
        Stimulus s = Stimulus.of(f);
        judge.expect(new Expectation.Answer(this, Frames.number(f), Frames.deadline(f, judge),
                v6 ? "ICMPv6 echo reply" : "echo reply") {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                return s.repliedBy(d);
            }
        }.concerning(s.answerKinds(), s.replyKeys()));
    }
}
