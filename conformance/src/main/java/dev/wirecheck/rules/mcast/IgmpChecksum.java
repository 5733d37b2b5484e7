package dev.wirecheck.rules.mcast;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** The checksum is the ones-complement sum of the whole IGMP message. */
@Rule(id = "RFC2236-2.3-checksum", rfc = 2236, section = "2.3", level = MUST, protocol = "IGMP",
        summary = "The IGMP checksum is correct")
public final class IgmpChecksum extends MalformationRule {
    public IgmpChecksum() {
        super(Kind.IGMP, Igmp.BAD_CHECKSUM_VALUE);
    }
}
