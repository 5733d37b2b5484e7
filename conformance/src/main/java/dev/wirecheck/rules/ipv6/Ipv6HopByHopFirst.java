package dev.wirecheck.rules.ipv6;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** The Hop-by-Hop Options header is restricted to appear immediately after an IPv6 header. */
@Rule(id = "RFC8200-4-hop-by-hop-first", rfc = 8200, section = "4", level = MUST, protocol = "IPv6",
        summary = "A Hop-by-Hop Options header comes directly after the IPv6 header")
public final class Ipv6HopByHopFirst extends MalformationRule {
    public Ipv6HopByHopFirst() {
        super(Kind.IPV6, Ipv6.HOP_BY_HOP_NOT_FIRST);
    }
}
