package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;
import dev.wirecheck.wire.Bytes;

/** Questions the DHCP client rules ask of a frame, answered from the frame's bytes without allocating. */
final class DhcpMessages {
    private DhcpMessages() {
    }

    /** The type of a server's reply (BOOTREPLY, valid cookie, option 53) for the DUT's hardware address, or null. */
    static DhcpMessageType replyToDut(DecodedFrame f, Judge judge) {
        Dhcp d = f.dhcp();
        if (d == null || !d.cookieValid() || d.op() != Dhcp.BOOTREPLY || !forDut(f, judge)) {
            return null;
        }
        return d.messageType();
    }

    /** The type of a client message (BOOTREQUEST, valid cookie, option 53), or null. */
    static DhcpMessageType request(DecodedFrame f) {
        Dhcp d = f.dhcp();
        return d == null || !d.cookieValid() || d.op() != Dhcp.BOOTREQUEST ? null : d.messageType();
    }

    /** The message's chaddr is the DUT's MAC address. */
    static boolean forDut(DecodedFrame f, Judge judge) {
        return Net.mac(f.bytes(), f.payloadOffset() + Dhcp.CHADDR) == judge.stack().dutMac();
    }

    /** An address field of a DHCP message (at one of {@link Dhcp}'s offsets) as a number. */
    static int field(DecodedFrame f, int offset) {
        return (int) Bytes.u32(f.bytes(), f.payloadOffset() + offset);
    }

    static int yiaddr(DecodedFrame f) {
        return field(f, Dhcp.YIADDR);
    }

    static int ciaddr(DecodedFrame f) {
        return field(f, Dhcp.CIADDR);
    }

    /**
     * The DUT frame uses {@code address} as its own: an IPv4 packet from it, or an ARP packet
     * whose sender protocol address it is (a probe, from 0.0.0.0, does not count: RFC 5227 §2.1.1).
     */
    static boolean uses(DecodedFrame f, int address) {
        if (f.ipv4() != null) {
            return f.ipv4().src() == address;
        }
        Arp a = f.arp();
        return a != null && a.isEthernetIpv4() && (int) Bytes.u32(f.bytes(), a.senderProtoOffset()) == address;
    }
}
