package dev.wirecheck.rules.icmpv6;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** The checksum covers the IPv6 pseudo-header and the whole ICMPv6 message. */
@Rule(id = "RFC4443-2.3-checksum", rfc = 4443, section = "2.3", level = NO_KEYWORD, protocol = "ICMPv6",
        summary = "The ICMPv6 checksum, pseudo-header included, is correct")
public final class Icmpv6Checksum extends MalformationRule {
    public Icmpv6Checksum() {
        super(Kind.ICMPV6, Icmpv6.BAD_CHECKSUM_VALUE);
    }
}
