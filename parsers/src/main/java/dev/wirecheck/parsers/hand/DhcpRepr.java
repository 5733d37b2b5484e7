package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.Octets;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A DHCP message to build (RFC 2131 §2): the fixed fields, the magic cookie, the options
 * in order (each longer than 255 bytes split into instances, RFC 3396 §5), END, and PAD
 * up to the 300 bytes of a BOOTP message (RFC 951; RFC 1542 §2.1). Used as the payload of
 * a UDP datagram from port 68 to 67 or back.
 */
public record DhcpRepr(int op, int htype, Octets chaddr, int hops, long xid, int secs, boolean broadcast,
                       Inet4Address ciaddr, Inet4Address yiaddr, Inet4Address siaddr, Inet4Address giaddr,
                       String sname, String file, List<DhcpOption> options) {
    /** The smallest BOOTP message (RFC 951's 64-byte vendor area). */
    public static final int MIN_LENGTH = 300;
    private static final Inet4Address ZERO = IpAddresses.v4("0.0.0.0");

    public DhcpRepr {
        if (chaddr.length() > Dhcp.CHADDR_LENGTH) {
            throw new IllegalArgumentException("chaddr of " + chaddr.length() + " bytes exceeds 16 (RFC 2131 §2)");
        }
        if (sname.length() > Dhcp.SNAME_LENGTH || file.length() > Dhcp.FILE_LENGTH) {
            throw new IllegalArgumentException("sname/file longer than their 64/128-byte fields (RFC 2131 §2)");
        }
        options = List.copyOf(options);
    }

    /**
     * A message of the given type from or to an Ethernet client: BOOTREQUEST or BOOTREPLY
     * as the type demands, the message-type option first, then {@code options}.
     * {@code yiaddr} and {@code siaddr} may be null (0.0.0.0), as in DISCOVER and REQUEST.
     */
    public static DhcpRepr message(DhcpMessageType type, long xid, MacAddress client, Inet4Address yiaddr,
                                   Inet4Address siaddr, DhcpOption... options) {
        List<DhcpOption> all = new ArrayList<>();
        all.add(DhcpOption.messageType(type));
        all.addAll(List.of(options));
        return new DhcpRepr(type.op(), 1, Octets.of(client.toBytes()), 0, xid, 0, false, ZERO,
                yiaddr == null ? ZERO : yiaddr, siaddr == null ? ZERO : siaddr, ZERO, "", "", all);
    }

    public DhcpRepr withCiaddr(Inet4Address address) {
        return new DhcpRepr(op, htype, chaddr, hops, xid, secs, broadcast, address, yiaddr, siaddr, giaddr, sname,
                file, options);
    }

    public DhcpRepr withBroadcast(boolean flag) {
        return new DhcpRepr(op, htype, chaddr, hops, xid, secs, flag, ciaddr, yiaddr, siaddr, giaddr, sname, file,
                options);
    }

    /** Bytes the message occupies. */
    public int length() {
        int n = Dhcp.OPTIONS + 1;
        for (DhcpOption o : options) {
            n += instancesOf(o) * 2 + o.value().length();
        }
        return Math.max(n, MIN_LENGTH);
    }

    /** An option of {@code n} bytes takes ceil(n / 255) instances, at least one. */
    private static int instancesOf(DhcpOption o) {
        return Math.max(1, (o.value().length() + 254) / 255);
    }

    public byte[] toBytes() {
        byte[] out = new byte[length()];
        emit(out, 0);
        return out;
    }

    /** Writes the message at {@code out[at]}; the array must hold {@link #length()} bytes from there. */
    public void emit(byte[] out, int at) {
        out[at + Dhcp.OP] = (byte) op;
        out[at + Dhcp.HTYPE] = (byte) htype;
        out[at + Dhcp.HLEN] = (byte) chaddr.length();
        out[at + Dhcp.HOPS] = (byte) hops;
        Bytes.put32(out, at + Dhcp.XID, xid);
        Bytes.put16(out, at + Dhcp.SECS, secs);
        Bytes.put16(out, at + Dhcp.FLAGS, broadcast ? 0x8000 : 0);
        System.arraycopy(ciaddr.getAddress(), 0, out, at + Dhcp.CIADDR, 4);
        System.arraycopy(yiaddr.getAddress(), 0, out, at + Dhcp.YIADDR, 4);
        System.arraycopy(siaddr.getAddress(), 0, out, at + Dhcp.SIADDR, 4);
        System.arraycopy(giaddr.getAddress(), 0, out, at + Dhcp.GIADDR, 4);
        chaddr.copyTo(out, at + Dhcp.CHADDR);
        byte[] s = sname.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(s, 0, out, at + Dhcp.SNAME, s.length);
        byte[] f = file.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(f, 0, out, at + Dhcp.FILE, f.length);
        Bytes.put32(out, at + Dhcp.COOKIE, Dhcp.MAGIC_COOKIE);
        int p = at + Dhcp.OPTIONS;
        for (DhcpOption o : options) {
            byte[] v = o.value().toByteArray();
            int done = 0;
            do {
                int chunk = Math.min(255, v.length - done);
                out[p] = (byte) o.code();
                out[p + 1] = (byte) chunk;
                System.arraycopy(v, done, out, p + 2, chunk);
                p += 2 + chunk;
                done += chunk;
            } while (done < v.length);
        }
        out[p] = (byte) DhcpOption.END; // the bytes after it stay zero: PAD (RFC 2132 §3.1)
    }
}
