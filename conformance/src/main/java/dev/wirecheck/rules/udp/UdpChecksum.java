package dev.wirecheck.rules.udp;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** The checksum covers pseudo-header, header and data; zero means "not computed" over IPv4. */
@Rule(id = "RFC768-checksum", rfc = 768, section = "Fields", level = NO_KEYWORD, protocol = "UDP",
        summary = "A non-zero UDP checksum is correct")
public final class UdpChecksum extends MalformationRule {
    public UdpChecksum() {
        super(Kind.UDP, Udp.BAD_CHECKSUM_VALUE);
    }
}
