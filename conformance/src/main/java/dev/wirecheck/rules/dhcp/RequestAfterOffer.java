package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

import static dev.wirecheck.check.Level.MUST;

/**
 * A DHCPREQUEST answering a DHCPOFFER (SELECTING state): "the client MUST include the
 * 'server identifier' option" and fill 'requested IP address' with the offered 'yiaddr'; 'ciaddr'
 * MUST be zero (Table 5); the xid is the offer's (the model only pairs a REQUEST with offers of its xid).
 */
@Rule(id = "RFC2131-4.3.2-request-after-offer", rfc = 2131, section = "4.3.2", level = MUST, protocol = "DHCP",
        summary = "A REQUEST after an OFFER names the server (54) and the offered address (50), ciaddr 0")
public final class RequestAfterOffer extends DhcpClientRule {
    @Override
    boolean applies(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        return type == DhcpMessageType.REQUEST && client.anyOffer(d.xid()) != null;
    }

    @Override
    String violation(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        if (d.serverId() == null) {
            return "REQUEST after the OFFER in frame " + client.anyOffer(d.xid()).frame() + " has no server identifier (54)";
        }
        DhcpClientModel.Offer o = client.offer(d.xid(), DhcpClientModel.address(d.serverId()));
        if (o == null) {
            return "REQUEST names server " + d.serverId().getHostAddress() + ", which made no offer with xid 0x"
                    + Long.toHexString(d.xid());
        }
        if (d.requestedIp() == null || DhcpClientModel.address(d.requestedIp()) != o.address()) {
            return "REQUEST does not ask for the address offered in frame " + o.frame() + " (option 50: "
                    + (d.requestedIp() == null ? "absent" : d.requestedIp().getHostAddress()) + ")";
        }
        return zero(d.ciaddr()) ? null : "ciaddr " + d.ciaddr().getHostAddress() + " in a SELECTING-state REQUEST";
    }
}
