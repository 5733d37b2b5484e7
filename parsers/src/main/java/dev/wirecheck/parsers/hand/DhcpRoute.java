package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.IpAddresses;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;

/**
 * One classless static route of option 121 (RFC 3442 §2): a destination prefix of
 * {@code width} bits and the router to reach it. On the wire it is the width, only the
 * significant octets of the destination, then the router's four octets.
 */
public record DhcpRoute(Inet4Address destination, int width, Inet4Address router) {

    public DhcpRoute {
        if (width < 0 || width > 32) {
            throw new IllegalArgumentException("prefix width " + width + " is not 0-32 (RFC 3442 §2)");
        }
    }

    /** Octets of the destination that the width makes significant: ceil(width / 8). */
    static int significantOctets(int width) {
        return (width + 7) / 8;
    }

    int encodedLength() {
        return 1 + significantOctets(width) + 4;
    }

    int encode(byte[] out, int at) {
        out[at] = (byte) width;
        int sig = significantOctets(width);
        System.arraycopy(destination.getAddress(), 0, out, at + 1, sig);
        System.arraycopy(router.getAddress(), 0, out, at + 1 + sig, 4);
        return at + 1 + sig + 4;
    }

    /**
     * The routes of an option value, or null when the value is not a whole number of
     * well-formed routes (a width above 32 or a route cut short).
     */
    static List<DhcpRoute> decode(byte[] v) {
        if (check(v, 0, v.length) != 0) {
            return null;
        }
        List<DhcpRoute> out = new ArrayList<>();
        for (int i = 0; i < v.length; ) {
            int width = v[i] & 0xff;
            int sig = significantOctets(width);
            byte[] dst = new byte[4];
            System.arraycopy(v, i + 1, dst, 0, sig);
            out.add(new DhcpRoute(IpAddresses.v4(dst, 0), width, IpAddresses.v4(v, i + 1 + sig)));
            i += 1 + sig + 4;
        }
        return out;
    }

    /**
     * Checks a value without allocating: 0 when well-formed, 1 when a width exceeds 32,
     * 2 when a route is cut short.
     */
    static int check(byte[] b, int from, int length) {
        int i = 0;
        while (i < length) {
            int width = b[from + i] & 0xff;
            if (width > 32) {
                return 1;
            }
            int step = 1 + significantOctets(width) + 4;
            if (i + step > length) {
                return 2;
            }
            i += step;
        }
        return 0;
    }
}
