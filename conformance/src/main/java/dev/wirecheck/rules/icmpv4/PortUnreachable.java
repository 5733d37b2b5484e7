package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.rules.ClosedPortRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.SHOULD;

/** A UDP datagram to a closed port gets ICMP Destination Unreachable, code 3 (port unreachable). */
@Rule(id = "RFC1122-4.1.3.1-port-unreachable", rfc = 1122, section = "4.1.3.1", level = SHOULD, protocol = "UDP",
        summary = "A datagram to a UDP port with no listener is answered with ICMP Port Unreachable")
public final class PortUnreachable extends ClosedPortRule {
    public PortUnreachable() {
        super(false);
    }

    @Override
    protected boolean isPortUnreachable(DecodedFrame d) {
        return d.icmpv4() != null && d.icmpv4().type() == Icmpv4.DEST_UNREACHABLE && d.icmpv4().code() == 3;
    }
}
