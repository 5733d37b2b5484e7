package dev.wirecheck.rules.arp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * A request for an address the DUT owns is answered with a reply whose sender is that
 * address. Probes (sender 0.0.0.0) are not requests to answer this way (RFC 5227 §2.1.1).
 */
@Rule(id = "RFC826-reply", rfc = 826, section = "Packet Reception", level = NO_KEYWORD, protocol = "ARP",
        summary = "An ARP request for one of the host's addresses is answered with an ARP reply")
public final class ArpRequestAnswered extends ConformanceRule {
    public ArpRequestAnswered() {
        super(Kind.ARP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (!ArpRequests.forOwnedAddress(f, judge)) {
            return;
        }
        int target = ArpRequests.target(f);
        judge.expect(new Expectation.Answer(this, Frames.number(f), Frames.deadline(f, judge),
                "ARP reply for " + Frames.v4(target)) {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                return ArpRequests.isReplyFor(d, target);
            }

            @Override
            protected long dutKinds() {
                return kinds(Kind.ARP);
            }
        });
    }
}
