package dev.wirecheck.wire;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Conversions between byte arrays, text and {@link InetAddress} values that never touch
 * a name service (java.net would resolve a host name given by mistake).
 */
public final class IpAddresses {
    private IpAddresses() {}

    public static Inet4Address v4(byte[] b, int at) {
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, at, at + 4));
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    public static Inet6Address v6(byte[] b, int at) {
        try {
            return Inet6Address.getByAddress(null, Arrays.copyOfRange(b, at, at + 16), null);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** A literal IPv4 address; anything else (a host name) is refused, never looked up. */
    public static Inet4Address v4(String text) {
        String[] parts = text.trim().split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: '" + text + "'");
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            int v;
            try {
                v = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IPv4 address: '" + text + "'");
            }
            if (v < 0 || v > 255 || parts[i].isEmpty()) {
                throw new IllegalArgumentException("not an IPv4 address: '" + text + "'");
            }
            b[i] = (byte) v;
        }
        return v4(b, 0);
    }

    /** A literal IPv6 address (RFC 4291 §2.2 text forms); host names are refused. */
    public static Inet6Address v6(String text) {
        String t = text.trim();
        if (t.indexOf(':') < 0 || !t.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an IPv6 address: '" + text + "'");
        }
        try {
            InetAddress a = InetAddress.getByName(t);
            if (a instanceof Inet6Address v6) {
                return v6;
            }
            // java.net turns ::ffff:a.b.c.d into an Inet4Address; keep it as IPv6
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(a.getAddress(), 0, mapped, 12, 4);
            return v6(mapped, 0);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv6 address: '" + text + "'");
        }
    }

    /** Either family, from a literal. */
    public static InetAddress parse(String text) {
        return text.indexOf(':') >= 0 ? v6(text) : v4(text);
    }

    public static String text(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 4 ? Bytes.ipv4(b, 0) : Bytes.ipv6(b, 0);
    }
}
