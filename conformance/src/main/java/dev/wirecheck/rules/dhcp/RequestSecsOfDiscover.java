package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

import static dev.wirecheck.check.Level.MUST;

/**
 * RFC 2131 §3.1 step 3: "To help ensure that any BOOTP relay agents forward the DHCPREQUEST
 * message to the same set of DHCP servers that received the original DHCPDISCOVER message, the
 * DHCPREQUEST message MUST use the same value in the DHCP message header's 'secs' field and be
 * sent to the same IP broadcast address as the original DHCPDISCOVER message." Judged on the
 * SELECTING-state REQUEST (it answers an offer of the exchange) against the exchange's latest
 * DISCOVER.
 */
@Rule(id = "RFC2131-3.1-request-secs-as-discover", rfc = 2131, section = "3.1", level = MUST, protocol = "DHCP",
        summary = "A REQUEST answering an OFFER has the DISCOVER's secs and IP destination")
public final class RequestSecsOfDiscover extends DhcpClientRule {
    @Override
    boolean applies(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        return type == DhcpMessageType.REQUEST && client.discoverSecs() >= 0 && client.lastOffer() != null
                && zero(d.ciaddr());
    }

    @Override
    String violation(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        if (d.secs() != client.discoverSecs()) {
            return "REQUEST secs " + d.secs() + " differs from the DISCOVER's " + client.discoverSecs();
        }
        return null;
    }

    @Override
    String violation(DecodedFrame f, Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        String why = violation(d, type, client);
        if (why != null || f.ipv4() == null || f.ipv4().dst() == client.discoverDestination()) {
            return why;
        }
        return "REQUEST sent to " + Frames.v4(f.ipv4().dst()) + ", the DISCOVER to "
                + Frames.v4(client.discoverDestination());
    }
}
