package dev.wirecheck.rules.mcast;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/** IGMP stays on the link: TTL 1. */
@Rule(id = "RFC2236-2-ttl", rfc = 2236, section = "2", level = NO_KEYWORD, protocol = "IGMP",
        summary = "IGMP messages are sent with IP TTL 1")
public final class IgmpTtl extends GroupMessageRule {
    public IgmpTtl() {
        super(false);
    }

    @Override
    boolean judges(DecodedFrame f) {
        return isIgmpReport(f);
    }

    @Override
    String defect(DecodedFrame f, int[] at) {
        at[0] = f.ipv4().offset() + 8;
        return f.ipv4().ttl() == 1 ? null : "IGMP message with TTL " + f.ipv4().ttl();
    }
}
