package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** The value 0 is invalid as an option length; nodes discard a message carrying one. */
@Rule(id = "RFC4861-4.6-option-length", rfc = 4861, section = "4.6", level = NO_KEYWORD, protocol = "NDP",
        summary = "Neighbor Discovery options have a non-zero length that fits the message")
public final class NdpOptionLength extends MalformationRule {
    public NdpOptionLength() {
        super(Kind.ICMPV6, TlvFormat.NDP.badLength(), TlvFormat.NDP.pastEnd());
    }
}
