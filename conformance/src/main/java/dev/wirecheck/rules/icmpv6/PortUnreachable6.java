package dev.wirecheck.rules.icmpv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.ClosedPortRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.SHOULD;

/** A UDP datagram over IPv6 to a port with no listener gets Destination Unreachable, code 4. */
@Rule(id = "RFC4443-3.1-port-unreachable", rfc = 4443, section = "3.1", level = SHOULD, protocol = "UDP",
        summary = "A datagram to a UDP port with no listener is answered with ICMPv6 Port Unreachable (code 4)")
public final class PortUnreachable6 extends ClosedPortRule {
    public PortUnreachable6() {
        super(true);
    }

    @Override
    protected boolean isPortUnreachable(DecodedFrame d) {
        return d.icmpv6() != null && d.icmpv6().type() == Icmpv6.DEST_UNREACHABLE && d.icmpv6().code() == 4;
    }
}
