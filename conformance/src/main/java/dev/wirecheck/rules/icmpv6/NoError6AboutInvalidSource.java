package dev.wirecheck.rules.icmpv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.ErrorRestrictionRule;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.MUST_NOT;

/** (e.6): no error about a packet whose source does not identify one node (unspecified, multicast). */
@Rule(id = "RFC4443-2.4-no-error-about-invalid-source", rfc = 4443, section = "2.4", level = MUST_NOT,
        protocol = "ICMPv6", summary = "An ICMPv6 error is not originated for a packet whose source does not identify a single node")
public final class NoError6AboutInvalidSource extends ErrorRestrictionRule {
    public NoError6AboutInvalidSource() {
        super(true);
    }

    @Override
    protected String violation(DecodedFrame f) {
        byte[] b = f.bytes();
        int src = f.quotedIpv6().srcOffset();
        return Net.v6Unspecified(b, src) || Net.v6Multicast(b, src)
                ? "ICMPv6 error about a packet from " + Net.v6Text(b, src) : null;
    }
}
