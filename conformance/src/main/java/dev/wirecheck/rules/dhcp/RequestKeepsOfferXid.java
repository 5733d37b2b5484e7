package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * Table 5 gives the 'xid' of a DHCPREQUEST in SELECTING state as "'xid' from server DHCPOFFER
 * message": the REQUEST that answers an offer (server identifier set, ciaddr zero) keeps the
 * offer's xid, so the server can tie it to its offer. The table states the value without a
 * keyword (its MUST / MUST NOT entries are for options), so the level is "no keyword".
 */
@Rule(id = "RFC2131-4.4.1-request-keeps-xid", rfc = 2131, section = "4.4.1, Table 5", level = NO_KEYWORD, protocol = "DHCP",
        summary = "A REQUEST answering an OFFER carries the OFFER's xid")
public final class RequestKeepsOfferXid extends DhcpClientRule {
    @Override
    boolean applies(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        return type == DhcpMessageType.REQUEST && zero(d.ciaddr()) && d.serverId() != null
                && client.lastOffer() != null;
    }

    @Override
    String violation(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        if (client.anyOffer(d.xid()) != null) {
            return null;
        }
        DhcpClientModel.Offer o = client.lastOffer();
        return "REQUEST xid 0x" + Long.toHexString(d.xid()) + " differs from the xid 0x" + Long.toHexString(o.xid())
                + " of the OFFER in frame " + o.frame();
    }
}
