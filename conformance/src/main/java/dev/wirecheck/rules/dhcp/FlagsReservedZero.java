package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

import static dev.wirecheck.check.Level.MUST;

/** "The remaining bits of the flags field are reserved for future use. They MUST be set to zero by clients." */
@Rule(id = "RFC2131-2-flags-zero", rfc = 2131, section = "2", level = MUST, protocol = "DHCP",
        summary = "A client sets the flags bits other than BROADCAST to zero")
public final class FlagsReservedZero extends DhcpClientRule {
    @Override
    boolean applies(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        return true;
    }

    @Override
    String violation(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        int reserved = d.flags() & 0x7fff;
        return reserved == 0 ? null : String.format("flags 0x%04x: reserved bits set", d.flags());
    }
}
