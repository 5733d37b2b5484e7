package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** The header checksum is the ones-complement sum of the header (the dissector verifies it once). */
@Rule(id = "RFC791-3.1-header-checksum", rfc = 791, section = "3.1", level = NO_KEYWORD, protocol = "IPv4",
        summary = "The IPv4 header checksum is correct")
public final class Ipv4HeaderChecksum extends MalformationRule {
    public Ipv4HeaderChecksum() {
        super(Kind.IPV4, Ipv4.BAD_HEADER_CHECKSUM);
    }
}
