package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.MUST_NOT;

/** The devices wirecheck checks are hosts; a host advertising itself as a router diverts traffic. */
@Rule(id = "RFC4861-6.2.4-host-no-ra", rfc = 4861, section = "6.2.4", level = MUST_NOT, protocol = "NDP",
        summary = "A host does not send Router Advertisements")
public final class HostSendsNoRouterAdvertisement extends ConformanceRule {
    public HostSendsNoRouterAdvertisement() {
        super(Kind.ICMPV6);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (f.icmpv6().type() == Icmpv6.ROUTER_ADVERTISEMENT) {
            judge.fail(this, "the DUT sent a Router Advertisement", Frames.mark(f, f.icmpv6().offset(), 1), Frames.number(f));
        } else if (f.icmpv6().isNdp()) {
            judge.conforms(this, Frames.number(f));
        }
    }
}
