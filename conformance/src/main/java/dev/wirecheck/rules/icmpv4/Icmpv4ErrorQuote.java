package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** Every ICMP error message includes the Internet header and at least the first 8 data octets of the datagram that triggered it, unchanged. */
@Rule(id = "RFC1122-3.2.2-error-quote", rfc = 1122, section = "3.2.2", level = NO_KEYWORD, protocol = "ICMPv4",
        summary = "An ICMP error quotes the IP header and at least 8 data octets of the datagram")
public final class Icmpv4ErrorQuote extends MalformationRule {
    public Icmpv4ErrorQuote() {
        super(Kind.ICMPV4, Icmpv4.QUOTE_TOO_SHORT);
    }
}
