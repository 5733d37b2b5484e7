package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.ErrorRestrictionRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.MUST_NOT;

/** One broadcast must not make every host on the link answer with an error (a broadcast storm). */
@Rule(id = "RFC1122-3.2.2-no-error-about-broadcast", rfc = 1122, section = "3.2.2", level = MUST_NOT,
        protocol = "ICMPv4", summary = "An ICMP error is not sent about a datagram to a broadcast or multicast address")
public final class NoErrorAboutBroadcast extends ErrorRestrictionRule {
    public NoErrorAboutBroadcast() {
        super(false);
    }

    @Override
    protected String violation(DecodedFrame f) {
        int dst = f.quotedIpv4().dst();
        return Net.v4Multicast(dst) || Net.v4LimitedBroadcast(dst)
                ? "ICMP error about a datagram to " + Frames.v4(dst) : null;
    }
}
