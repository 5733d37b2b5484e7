package dev.wirecheck.rules.ipv6;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** Payload Length counts the octets after the fixed header, extension headers included. */
@Rule(id = "RFC8200-3-payload-length", rfc = 8200, section = "3", level = NO_KEYWORD, protocol = "IPv6",
        summary = "The payload length matches the bytes that follow the header")
public final class Ipv6PayloadLength extends MalformationRule {
    public Ipv6PayloadLength() {
        super(Kind.IPV6, Ipv6.PAYLOAD_LENGTH_PAST_END, Ipv6.EXTENSION_TRUNCATED);
    }
}
