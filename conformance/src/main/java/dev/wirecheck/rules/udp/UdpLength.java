package dev.wirecheck.rules.udp;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** Length counts header and data, so it is at least 8. */
@Rule(id = "RFC768-length", rfc = 768, section = "Fields", level = NO_KEYWORD, protocol = "UDP",
        summary = "The UDP length is at least 8 and matches the datagram")
public final class UdpLength extends MalformationRule {
    public UdpLength() {
        super(Kind.UDP, Udp.LENGTH_TOO_SMALL, Udp.LENGTH_PAST_END);
    }
}
