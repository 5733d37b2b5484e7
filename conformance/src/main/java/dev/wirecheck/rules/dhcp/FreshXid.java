package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

import static dev.wirecheck.check.Level.SHOULD;

/**
 * "The client SHOULD choose 'xid's in such a way as to minimize the chance of using an 'xid'
 * identical to one used by another client" (random xids): a DISCOVER that starts a new exchange
 * does not reuse the xid of an exchange that already ended with an ACK or NAK.
 */
@Rule(id = "RFC2131-4.1-fresh-xid", rfc = 2131, section = "4.1", level = SHOULD, protocol = "DHCP",
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
