package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;

/**
 * A rule about the advertisement that answers a solicitation: judged on the first DUT NA for
 * the solicited target. A missing advertisement is {@link NsAnswered}'s verdict, not this one's.
 */
abstract class AdvertisementRule extends ConformanceRule {
    AdvertisementRule() {
        super(Kind.ICMPV6);
    }

    /** Judges the advertisement {@code na} given in answer to the solicitation {@code ns}. */
    abstract void judge(DecodedFrame na, SolicitationFacts ns, Judge judge);

    /** What the rule needs to remember of a solicitation. */
    record SolicitationFacts(long frame, byte[] bytes, int sourceAt, int targetAt, boolean fromUnspecified, boolean toMulticast) {
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (!Solicitations.validForOwnedTarget(f, judge)) {
            return;
        }
        byte[] b = f.bytes();
        SolicitationFacts ns = new SolicitationFacts(Frames.number(f), b, f.ipv6().srcOffset(), f.icmpv6().targetOffset(),
                dev.wirecheck.stack.Net.v6Unspecified(b, f.ipv6().srcOffset()), f.ipv6().dstIsMulticast());
        AdvertisementRule self = this;
        judge.expect(new Expectation(this, ns.frame(), Frames.deadline(f, judge)) {
            @Override
            public boolean onDutFrame(DecodedFrame d, Judge j) {
                if (!Solicitations.advertises(d, b, ns.targetAt())) {
                    return false;
                }
                self.judge(d, ns, j);
                return true;
            }

            @Override
            protected long dutKinds() {
                return kinds(Kind.ICMPV6);
            }

            @Override
            public void expired(Judge j) {
            }

            @Override
            public void unfinished(Judge j) {
            }
        });
    }
}
