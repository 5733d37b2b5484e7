package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** The checksum is the ones-complement sum of the ICMP message. */
@Rule(id = "RFC792-checksum", rfc = 792, section = "Message Formats", level = NO_KEYWORD, protocol = "ICMPv4",
        summary = "The ICMP checksum is correct")
public final class Icmpv4Checksum extends MalformationRule {
    public Icmpv4Checksum() {
        super(Kind.ICMPV4, Icmpv4.BAD_CHECKSUM_VALUE);
    }
}
