package dev.wirecheck.rules.icmpv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.ErrorRestrictionRule;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.MUST_NOT;

/** (e.3): no error about a packet to a multicast address, except Packet Too Big and Parameter Problem code 2. */
@Rule(id = "RFC4443-2.4-no-error-about-multicast", rfc = 4443, section = "2.4", level = MUST_NOT, protocol = "ICMPv6",
        summary = "An ICMPv6 error is not originated for a packet to a multicast address (except Packet Too Big, Parameter Problem code 2)")
public final class NoError6AboutMulticast extends ErrorRestrictionRule {
    public NoError6AboutMulticast() {
        super(true);
    }

    @Override
    protected String violation(DecodedFrame f) {
        Icmpv6 m = f.icmpv6();
        boolean exception = m.type() == Icmpv6.PACKET_TOO_BIG || (m.type() == Icmpv6.PARAMETER_PROBLEM && m.code() == 2);
        int dst = f.quotedIpv6().dstOffset();
        return !exception && Net.v6Multicast(f.bytes(), dst)
                ? "ICMPv6 type " + m.type() + " code " + m.code() + " about a packet to " + Net.v6Text(f.bytes(), dst) : null;
    }
}
