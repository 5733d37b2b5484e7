package dev.wirecheck.check;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Udp;
import dev.wirecheck.wire.Bytes;

/**
 * Just enough of DHCPv4 (RFC 2131 §2, RFC 2132 §9.6) to find the client that boots in a
 * capture and the address the server gave it: the op byte, the magic cookie and option 53,
 * read straight from the UDP payload with every length checked.
 */
public final class Dhcp {
    public static final int DISCOVER = 1, OFFER = 2, REQUEST = 3, ACK = 5;
    // the message layout is the parser's (RFC 2131 §2); this class only reads it without a view
    private static final int OP = dev.wirecheck.parsers.hand.Dhcp.OP, YIADDR = dev.wirecheck.parsers.hand.Dhcp.YIADDR,
            CHADDR = dev.wirecheck.parsers.hand.Dhcp.CHADDR, COOKIE = dev.wirecheck.parsers.hand.Dhcp.COOKIE,
            OPTIONS = dev.wirecheck.parsers.hand.Dhcp.OPTIONS;
    private static final long MAGIC = dev.wirecheck.parsers.hand.Dhcp.MAGIC_COOKIE;

    private Dhcp() {
    }

    /** The DHCP message type of a BOOTP datagram between ports 67 and 68, or -1. */
    public static int messageType(DecodedFrame f) {
        Udp u = f.udp();
        if (u == null || !((u.srcPort() == 68 && u.dstPort() == 67) || (u.srcPort() == 67 && u.dstPort() == 68))) {
            return -1;
        }
        byte[] b = f.bytes();
        int at = f.payloadOffset();
        int end = at + f.payloadLength();
        if (at < 0 || end - at < OPTIONS || Bytes.u32(b, at + COOKIE) != MAGIC) {
            return -1;
        }
        int p = at + OPTIONS;
        while (p < end) {
            int code = b[p] & 0xff;
            if (code == 255) {
                break;
            }
            if (code == 0) {
                p++;
                continue;
            }
            if (p + 2 > end) {
                break;
            }
            int len = b[p + 1] & 0xff;
            if (p + 2 + len > end) {
                break;
            }
            if (code == 53 && len == 1) {
                return b[p + 2] & 0xff;
            }
            p += 2 + len;
        }
        return -1;
    }

    public static boolean fromClient(DecodedFrame f) {
        return (f.bytes()[f.payloadOffset() + OP] & 0xff) == 1;
    }

    public static int yiaddr(DecodedFrame f) {
        return (int) Bytes.u32(f.bytes(), f.payloadOffset() + YIADDR);
    }

    /** The client hardware address (Ethernet) as a 48-bit number. */
    public static long chaddr(DecodedFrame f) {
        return dev.wirecheck.stack.Net.mac(f.bytes(), f.payloadOffset() + CHADDR);
    }
}
