package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * "The client generates and records a random transaction identifier and inserts that identifier
 * into the 'xid' field" (§4.4.1, no keyword): a DISCOVER that starts a new exchange does not
 * reuse the xid of an exchange that already ended with an ACK or NAK. (§4.1's MUST is about
 * xids of other clients, and §4.1 leaves the xid of a retransmission to the implementation.)
 */
@Rule(id = "RFC2131-4.4.1-fresh-xid", rfc = 2131, section = "4.4.1", level = NO_KEYWORD, protocol = "DHCP",
        summary = "Each new exchange starts with a new xid")
public final class FreshXid extends DhcpClientRule {
    @Override
    boolean applies(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        return type == DhcpMessageType.DISCOVER && d.xid() != client.xid();
    }

    @Override
    String violation(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        return client.xidUsedBefore(d.xid())
                ? "DISCOVER reuses xid 0x" + Long.toHexString(d.xid()) + " of an exchange that already ended" : null;
    }
}
