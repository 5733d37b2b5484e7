package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * RFC 2131 Table 5 ("Fields and options used by DHCP clients") gives the header fields of every
 * client message: 'hops', 'yiaddr', 'siaddr' and 'giaddr' are 0 (a relay agent, not the client,
 * fills 'giaddr' and 'hops'); 'ciaddr' is 0 in DHCPDISCOVER ("The client sets 'ciaddr' to
 * 0x00000000", §4.4.1) and DHCPDECLINE; 'secs' and 'flags' are 0 in DHCPDECLINE and DHCPRELEASE. The table
 * states values without an RFC 2119 keyword (its MUSTs are for options); recorded as no keyword
 * and cited as §4.4.1, Table 5, like RFC2131-4.4.1-request-keeps-xid (see {@link Rule}). REQUEST's ciaddr depends on the state and is
 * judged by RFC2131-4.3.2-request-after-offer and RFC2131-4.3.2-renewing-fields.
 */
@Rule(id = "RFC2131-4.4.1-client-header-fields", rfc = 2131, section = "4.4.1, Table 5", level = NO_KEYWORD,
        protocol = "DHCP", summary = "Client messages have hops, yiaddr, siaddr, giaddr 0; ciaddr 0 in DISCOVER/DECLINE; "
                + "secs and flags 0 in DECLINE/RELEASE (Table 5)")
public final class ClientHeaderFields extends DhcpClientRule {
    @Override
    boolean applies(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        return true;
    }

    @Override
    String violation(Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        return null; // every field is read from the frame, below
    }

    @Override
    String violation(DecodedFrame f, Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        if (d.hops() != 0) {
            return type + " with hops " + d.hops();
        }
        String field = nonZero(f, Dhcp.YIADDR, "yiaddr");
        field = field != null ? field : nonZero(f, Dhcp.SIADDR, "siaddr");
        field = field != null ? field : nonZero(f, Dhcp.GIADDR, "giaddr");
        if (field == null && (type == DhcpMessageType.DISCOVER || type == DhcpMessageType.DECLINE)) {
            field = nonZero(f, Dhcp.CIADDR, "ciaddr");
        }
        if (field != null) {
            return type + " with " + field + " (Table 5: 0)";
        }
        if (type != DhcpMessageType.DECLINE && type != DhcpMessageType.RELEASE) {
            return null;
        }
        if (d.secs() != 0) {
            return type + " with secs " + d.secs() + " (Table 5: 0)";
        }
        return d.flags() == 0 ? null : type + String.format(" with flags 0x%04x (Table 5: 0)", d.flags());
    }

    private static String nonZero(DecodedFrame f, int offset, String name) {
        int v = DhcpMessages.field(f, offset);
        return v == 0 ? null : name + " " + Frames.v4(v);
    }
}
