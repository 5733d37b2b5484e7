package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** Internet Header Length counts 32-bit words; 5 is the minimum. */
@Rule(id = "RFC791-3.1-ihl", rfc = 791, section = "3.1", level = NO_KEYWORD, protocol = "IPv4",
        summary = "The IHL is at least 5 and the header fits in the frame")
public final class Ipv4HeaderLength extends MalformationRule {
    public Ipv4HeaderLength() {
        super(new Kind[]{Kind.ETHERNET, Kind.SLL}, Kind.IPV4, Ipv4.IHL_TOO_SMALL, Ipv4.TRUNCATED_HEADER);
    }
}
