package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST;

/** A solicitation with hop limit below 255 may come from off-link: it is discarded. */
@Rule(id = "RFC4861-7.1.1-ns-hop-limit", rfc = 4861, section = "7.1.1", level = MUST, protocol = "NDP",
        summary = "A received Neighbor Solicitation whose hop limit is not 255 is silently discarded")
public final class NsHopLimitIgnored extends NsInvalidIgnoredRule {
    @Override
    String defect(DecodedFrame ns) {
        int hl = ns.ipv6().hopLimit();
        return hl == 255 ? null : "hop limit " + hl;
    }
}
