package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** Total Length is the datagram length, header and data, in octets. */
@Rule(id = "RFC791-3.1-total-length", rfc = 791, section = "3.1", level = NO_KEYWORD, protocol = "IPv4",
        summary = "The total length covers the header and matches the bytes sent")
public final class Ipv4TotalLength extends MalformationRule {
    public Ipv4TotalLength() {
        super(Kind.IPV4, Ipv4.TOTAL_LENGTH_TOO_SMALL, Ipv4.TOTAL_LENGTH_PAST_END);
    }
}
