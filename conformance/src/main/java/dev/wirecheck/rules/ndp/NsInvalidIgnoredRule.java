package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

/**
 * An invalid Neighbor Solicitation (RFC 4861 §7.1.1) for one of the DUT's addresses is silently
 * discarded: no advertisement for that target goes back to its sender. A valid solicitation
 * from the same sender for the same target ends the wait (the DUT may answer that one).
 */
abstract class NsInvalidIgnoredRule extends ConformanceRule {
    NsInvalidIgnoredRule() {
        super(Kind.ICMPV6);
    }

    /** Why this solicitation is invalid, or null when it is not the defect this rule tests. */
    abstract String defect(DecodedFrame ns);

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (!Solicitations.forOwnedTarget(f, judge)) {
            return;
        }
        String defect = defect(f);
        if (defect == null) {
            return;
        }
        byte[] ns = f.bytes();
        int target = f.icmpv6().targetOffset();
        int source = f.ipv6().srcOffset();
        NsInvalidIgnoredRule self = this;
        judge.expect(new Expectation.Silence(this, Frames.number(f), Frames.deadline(f, judge),
                "answered a Neighbor Solicitation with " + defect) {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                return Solicitations.advertises(d, ns, target)
                        && (Net.v6Equal(d.bytes(), d.ipv6().dstOffset(), ns, source) || d.ipv6().dstIsMulticast());
            }

            @Override
            public boolean onPeerFrame(DecodedFrame p, Judge j) {
                Icmpv6 m = p.icmpv6();
                boolean again = m != null && m.type() == Icmpv6.NEIGHBOR_SOLICITATION && m.complete()
                        && Net.v6Equal(p.bytes(), m.targetOffset(), ns, target) && self.defect(p) == null
                        && p.ipv6().hopLimit() == 255;
                if (again) {
                    j.pass(rule, "no answer to frame " + stimulus + " before the valid solicitation in frame "
                            + p.frame().number(), stimulus);
                }
                return again;
            }
        }.concerningOnly(Expectation.kinds(Kind.ICMPV6)));
    }
}
