package dev.wirecheck.rules.mcast;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST;

/** MLD stays on the link: hop limit 1. */
@Rule(id = "RFC9777-5-hop-limit", rfc = 9777, section = "5", level = MUST, protocol = "MLD",
        summary = "MLD messages are sent with IPv6 hop limit 1")
public final class MldHopLimit extends GroupMessageRule {
    public MldHopLimit() {
        super(true);
    }

    @Override
    boolean judges(DecodedFrame f) {
        return isMldMessage(f);
    }

    @Override
    String defect(DecodedFrame f, int[] at) {
        at[0] = f.ipv6().offset() + 7;
        return f.ipv6().hopLimit() == 1 ? null : "MLD message with hop limit " + f.ipv6().hopLimit();
    }
}
