package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.rules.ErrorRestrictionRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST_NOT;

/** Errors about errors would bounce between two hosts for ever. */
@Rule(id = "RFC1122-3.2.2-no-error-about-error", rfc = 1122, section = "3.2.2", level = MUST_NOT, protocol = "ICMPv4",
        summary = "An ICMP error is not sent about an ICMP error message")
public final class NoErrorAboutError extends ErrorRestrictionRule {
    public NoErrorAboutError() {
        super(false);
    }

    @Override
    protected String violation(DecodedFrame f) {
        Icmpv4 q = f.quotedIcmpv4();
        return q != null && q.isError() ? "ICMP error about an ICMP error (quoted type " + q.type() + ")" : null;
    }
}
