package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

import static dev.wirecheck.check.Level.MUST_NOT;

/**
 * A DHCPREQUEST from a bound client (RENEWING or REBINDING: 'ciaddr' holds its address) "MUST
 * NOT include a 'server identifier'" and the 'requested IP address' option MUST NOT be filled in
 * (§4.3.2, Table 5): the address travels in ciaddr.
 */
@Rule(id = "RFC2131-4.3.2-renewing-fields", rfc = 2131, section = "4.3.2", level = MUST_NOT, protocol = "DHCP",
        summary = "A renewing REQUEST (ciaddr set) carries no server identifier nor requested address")
public final class RenewalFields extends DhcpClientRule {
    @Override
    boolean applies(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        return type == DhcpMessageType.REQUEST && !zero(d.ciaddr());
    }

    @Override
    String violation(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        if (d.serverId() != null) {
            return "REQUEST with ciaddr " + d.ciaddr().getHostAddress() + " carries a server identifier";
        }
        return d.requestedIp() == null ? null
                : "REQUEST with ciaddr " + d.ciaddr().getHostAddress() + " carries a requested IP address";
    }
}
