package dev.wirecheck.rules.icmpv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.ErrorRestrictionRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST_NOT;

/** (e.1), (e.2): no error about an ICMPv6 error message or a Redirect. */
@Rule(id = "RFC4443-2.4-no-error-about-error", rfc = 4443, section = "2.4", level = MUST_NOT, protocol = "ICMPv6",
        summary = "An ICMPv6 error is not originated for an ICMPv6 error message or a Redirect")
public final class NoError6AboutError extends ErrorRestrictionRule {
    public NoError6AboutError() {
        super(true);
    }

    @Override
    protected String violation(DecodedFrame f) {
        Icmpv6 q = f.quotedIcmpv6();
        if (q == null) {
            return null;
        }
        return q.isError() || q.type() == Icmpv6.REDIRECT
                ? "ICMPv6 error about an ICMPv6 " + (q.isError() ? "error" : "redirect") + " (quoted type " + q.type() + ")"
                : null;
    }
}
