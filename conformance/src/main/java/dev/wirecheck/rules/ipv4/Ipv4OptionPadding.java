package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** The padding that ends the header on a 32-bit boundary is zero. */
@Rule(id = "RFC791-3.1-padding", rfc = 791, section = "3.1", level = NO_KEYWORD, protocol = "IPv4",
        summary = "Header padding after the options is zero")
public final class Ipv4OptionPadding extends MalformationRule {
    public Ipv4OptionPadding() {
        super(Kind.IPV4, Ipv4.PADDING_NOT_ZERO);
    }
}
