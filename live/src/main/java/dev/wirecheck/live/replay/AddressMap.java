package dev.wirecheck.live.replay;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.MacAddress;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Which link and IP addresses of a capture become which addresses on the live link.
 * IPv6 mappings also map the derived solicited-node multicast address (RFC 4291 §2.7.1)
 * and its Ethernet group address (RFC 2464 §7), so Neighbor Solicitations reach the new
 * device.
 */
public final class AddressMap {
    private final Map<String, byte[]> replacements = new HashMap<>();

    public AddressMap mac(MacAddress from, MacAddress to) {
        put(from.toBytes(), to.toBytes());
        return this;
    }

    public AddressMap ip(InetAddress from, InetAddress to) {
        if (from.getAddress().length != to.getAddress().length) {
            throw new IllegalArgumentException("cannot map " + from + " to an address of another family: " + to);
        }
        put(from.getAddress(), to.getAddress());
        if (from instanceof Inet6Address) {
            byte[] fromGroup = solicitedNode(from.getAddress()), toGroup = solicitedNode(to.getAddress());
            put(fromGroup, toGroup);
            put(groupMac(fromGroup), groupMac(toGroup));
        }
        return this;
    }

    private void put(byte[] from, byte[] to) {
        if (!Arrays.equals(from, to)) {
            replacements.put(Bytes.hex(from), to.clone());
        }
    }

    /** The replacement for the {@code length} bytes at {@code at}, or null to keep them. */
    public byte[] lookup(byte[] frame, int at, int length) {
        if (replacements.isEmpty()) {
            return null;
        }
        return replacements.get(Bytes.hex(frame, at, length));
    }

    /** ff02::1:ffXX:XXXX for the low 24 bits of {@code address}. */
    static byte[] solicitedNode(byte[] address) {
        byte[] g = new byte[16];
        g[0] = (byte) 0xff;
        g[1] = 0x02;
        g[11] = 0x01;
        g[12] = (byte) 0xff;
        System.arraycopy(address, 13, g, 13, 3);
        return g;
    }

    /** 33:33 followed by the group's low 32 bits. */
    static byte[] groupMac(byte[] group) {
        byte[] m = new byte[6];
        m[0] = 0x33;
        m[1] = 0x33;
        System.arraycopy(group, 12, m, 2, 4);
        return m;
    }

    /** The EUI-64 link-local address of {@code mac} (RFC 4291 App. A, RFC 4862 §5.3). */
    public static Inet6Address linkLocal(MacAddress mac) {
        byte[] m = mac.toBytes();
        byte[] a = new byte[16];
        a[0] = (byte) 0xfe;
        a[1] = (byte) 0x80;
        a[8] = (byte) (m[0] ^ 0x02);
        a[9] = m[1];
        a[10] = m[2];
        a[11] = (byte) 0xff;
        a[12] = (byte) 0xfe;
        a[13] = m[3];
        a[14] = m[4];
        a[15] = m[5];
        try {
            return (Inet6Address) InetAddress.getByAddress(a);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError("16 bytes are always an IPv6 address", e);
        }
    }
}
