package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * A valid solicitation for an address the DUT has (not a tentative one, RFC 4862 §5.4.3) is
 * answered with an advertisement for that target.
 */
@Rule(id = "RFC4861-7.2.4-ns-answered", rfc = 4861, section = "7.2.4", level = NO_KEYWORD, protocol = "NDP",
        summary = "A valid Neighbor Solicitation for one of the node's addresses is answered with a Neighbor Advertisement")
public final class NsAnswered extends ConformanceRule {
    public NsAnswered() {
        super(Kind.ICMPV6);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (!Solicitations.validForOwnedTarget(f, judge)) {
            return;
        }
        byte[] ns = f.bytes();
        int target = f.icmpv6().targetOffset();
        judge.expect(new Expectation.Answer(this, Frames.number(f), Frames.deadline(f, judge),
                "Neighbor Advertisement for " + Net.v6Text(ns, target)) {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                return Solicitations.advertises(d, ns, target);
            }

            @Override
            protected long dutKinds() {
                return kinds(Kind.ICMPV6);
            }
        });
    }
}
