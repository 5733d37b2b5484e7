package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.ErrorRestrictionRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST_NOT;

/** Only a first fragment holds the header that an error's receiver needs. */
@Rule(id = "RFC1122-3.2.2-no-error-about-fragment", rfc = 1122, section = "3.2.2", level = MUST_NOT,
        protocol = "ICMPv4", summary = "An ICMP error is not sent about a non-initial fragment")
public final class NoErrorAboutFragment extends ErrorRestrictionRule {
    public NoErrorAboutFragment() {
        super(false);
    }

    @Override
    protected String violation(DecodedFrame f) {
        int off = f.quotedIpv4().fragmentOffset();
        return off != 0 ? "ICMP error about a fragment at offset " + off * 8 : null;
    }
}
