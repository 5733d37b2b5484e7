package dev.wirecheck.rules.ipv6;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** A packet in an IPv6 frame whose version field is not 6. */
@Rule(id = "RFC8200-3-version", rfc = 8200, section = "3", level = NO_KEYWORD, protocol = "IPv6",
        summary = "An IPv6 header carries version 6")
public final class Ipv6Version extends MalformationRule {
    public Ipv6Version() {
        super(new Kind[]{Kind.ETHERNET, Kind.SLL}, Kind.IPV6, Ipv6.BAD_VERSION);
    }
}
