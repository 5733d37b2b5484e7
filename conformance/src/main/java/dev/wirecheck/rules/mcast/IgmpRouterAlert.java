package dev.wirecheck.rules.mcast;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/** Routers must examine IGMP reports to groups they are not in: the IP Router Alert option (RFC 2113) asks them to. */
@Rule(id = "RFC2236-2-router-alert", rfc = 2236, section = "2", level = NO_KEYWORD, protocol = "IGMP",
        summary = "IGMP messages carry the IP Router Alert option")
public final class IgmpRouterAlert extends GroupMessageRule {
    public IgmpRouterAlert() {
        super(false);
    }

    @Override
    boolean judges(DecodedFrame f) {
        return isIgmpReport(f);
    }

    @Override
    String defect(DecodedFrame f, int[] at) {
        at[0] = f.ipv4().offset();
        return f.ipv4().hasRouterAlert() ? null : "IGMP message without the Router Alert option";
    }
}
