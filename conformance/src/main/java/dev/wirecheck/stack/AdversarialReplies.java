package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.stack.dns.DnsClientModel;
import dev.wirecheck.wire.Malformation;
import dev.wirecheck.wire.Problems;

/**
 * Names the peer frames that attack the DUT's DHCP and DNS clients, so that a liveness check can
 * ask whether the DUT still works after them: a DHCP reply (OFFER, ACK, NAK) with malformed options
 * or a foreign xid, and a DNS response that is malformed (a compression loop, a truncated record,
 * counts the message cannot hold) or matches no open query (wrong ID, port or question: RFC 5452
 * §9.1). A conforming client ignores each of them; none may take it down. The reference stack
 * must not yet have seen the frame (rules call this from {@code onPeerFrame}).
 */
public final class AdversarialReplies {
    private AdversarialReplies() {
    }

    /** What makes this peer frame an adversarial reply to the DUT's DHCP or DNS client, or null when it is none. */
    public static String classify(DecodedFrame f, ReferenceStack stack) {
        if (f.dhcp() != null || isClientPort(f)) {
            return dhcp(f, stack);
        }
        if (f.dns() != null || isDnsReply(f)) {
            return dns(f, stack);
        }
        return null;
    }

    private static boolean isClientPort(DecodedFrame f) {
        return f.udp() != null && f.udp().dstPort() == Dhcp.CLIENT_PORT && f.udp().srcPort() == Dhcp.SERVER_PORT;
    }

    private static boolean isDnsReply(DecodedFrame f) {
        return f.udp() != null && f.udp().srcPort() == dev.wirecheck.parsers.hand.Dns.PORT;
    }

    private static String dhcp(DecodedFrame f, ReferenceStack stack) {
        Malformation m = first(f.problems(), "dhcp");
        if (m != null) {
            return "a malformed DHCP reply (" + m.id() + ")";
        }
        Dhcp d = f.dhcp();
        if (d == null || d.op() != Dhcp.BOOTREPLY || d.messageType() == null) {
            return null;
        }
        DhcpMessageType type = d.messageType();
        boolean reply = type == DhcpMessageType.OFFER || type == DhcpMessageType.ACK || type == DhcpMessageType.NAK;
        return reply && stack.dhcp().xid() >= 0 && d.xid() != stack.dhcp().xid()
                ? "a DHCP " + type + " with a foreign xid 0x" + Long.toHexString(d.xid()) : null;
    }

    private static String dns(DecodedFrame f, ReferenceStack stack) {
        Malformation m = first(f.problems(), "dns");
        if (m != null) {
            return "a malformed DNS response (" + m.id() + ")";
        }
        if (!DnsClientModel.isResponse(f) || stack.dns().answered(f) != null) {
            return null;
        }
        return "a DNS response 0x" + Integer.toHexString(f.dns().id()) + " that matches no open query";
    }

    private static Malformation first(Problems problems, String layer) {
        for (int i = 0; i < problems.size(); i++) {
            if (problems.get(i).layer().equals(layer)) {
                return problems.get(i);
            }
        }
        return null;
    }
}
