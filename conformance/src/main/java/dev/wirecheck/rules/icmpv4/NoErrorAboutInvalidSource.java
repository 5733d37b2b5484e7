package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.ErrorRestrictionRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.MUST_NOT;

/** An error needs one host to go to: not zero, loopback, broadcast, multicast or class E. */
@Rule(id = "RFC1122-3.2.2-no-error-about-invalid-source", rfc = 1122, section = "3.2.2", level = MUST_NOT,
        protocol = "ICMPv4", summary = "An ICMP error is not sent about a datagram whose source does not define a single host")
public final class NoErrorAboutInvalidSource extends ErrorRestrictionRule {
    public NoErrorAboutInvalidSource() {
        super(false);
    }

    @Override
    protected String violation(DecodedFrame f) {
        int src = f.quotedIpv4().src();
        boolean invalid = src == 0 || Net.v4Loopback(src) || Net.v4LimitedBroadcast(src) || Net.v4Multicast(src)
                || Net.v4ClassE(src);
        return invalid ? "ICMP error about a datagram from " + Frames.v4(src) : null;
    }
}
