package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.Icmpv6Repr;
import dev.wirecheck.parsers.hand.IgmpRepr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.Ipv6Repr;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.parsers.hand.UdpRepr;

/**
 * Verifies every checksum of a generated frame from first principles, without the
 * project's own checksum code: the Internet checksum of RFC 1071 §1 (a correct message
 * sums to 0xffff in one's complement), with the IPv4 pseudo-header of RFC 768 / RFC 9293
 * §3.1 and the IPv6 one of RFC 8200 §8.1, taken from the records rather than the bytes.
 */
final class ChecksumOracle {
    private ChecksumOracle() {}

    static boolean allVerify(byte[] b, GeneratedFrame f) {
        int end = f.contentLength();
        int at = 0;
        HeaderRepr ip = null;
        for (HeaderRepr h : f.headers()) {
            int length = h.headerLength();
            int upper = end - at;
            boolean ok = true;
            if (h instanceof Ipv4Repr v4) {
                ok = sum(0, b, at, length) == 0xffff;
                ip = v4;
            } else if (h instanceof Ipv6Repr) {
                ip = h;
            } else if (h instanceof Icmpv4Repr || h instanceof IgmpRepr) {
                ok = sum(0, b, at, upper) == 0xffff;
            } else if (h instanceof TcpRepr) {
                ok = sum(pseudo(ip, IpProtocols.TCP, upper), b, at, upper) == 0xffff;
            } else if (h instanceof UdpRepr) {
                ok = sum(pseudo(ip, IpProtocols.UDP, upper), b, at, upper) == 0xffff;
            } else if (h instanceof Icmpv6Repr) {
                ok = sum(pseudo(ip, IpProtocols.ICMPV6, upper), b, at, upper) == 0xffff;
            }
            if (!ok) {
                return false;
            }
            at += length;
        }
        return true;
    }

    private static long pseudo(HeaderRepr ip, int protocol, int length) {
        if (ip instanceof Ipv4Repr v4) {
            byte[] src = v4.src().getAddress();
            byte[] dst = v4.dst().getAddress();
            return words(src) + words(dst) + protocol + length;
        }
        Ipv6Repr v6 = (Ipv6Repr) ip;
        return words(v6.src().getAddress()) + words(finalDestination(v6)) + (length >>> 16) + (length & 0xffff)
                + protocol;
    }

    /**
     * RFC 8200 §8.1: while a routing header has segments left, the pseudo-header holds the
     * final destination it names: the last address of a type 0 or type 2 header (RFC 8200
     * §4.4, RFC 6275 §6.4), the first segment of a type 4 one (RFC 8754 §2). The extension
     * body starts at the Routing Type byte.
     */
    private static byte[] finalDestination(Ipv6Repr v6) {
        byte[] dst = v6.dst().getAddress();
        for (var e : v6.extensions()) {
            byte[] body = e.body().toByteArray();
            if (e.type() != IpProtocols.IPV6_ROUTE || body.length < 22 || body[1] == 0) {
                continue;
            }
            int type = body[0] & 0xff;
            if (type == 0 || type == 2) {
                dst = java.util.Arrays.copyOfRange(body, body.length - 16, body.length);
            } else if (type == 4) {
                dst = java.util.Arrays.copyOfRange(body, 6, 22);
            }
        }
        return dst;
    }

    private static long words(byte[] a) {
        long s = 0;
        for (int i = 0; i < a.length; i += 2) {
            s += ((a[i] & 0xff) << 8) | (a[i + 1] & 0xff);
        }
        return s;
    }

    /** The folded one's-complement sum of {@code b[at, at+length)} plus {@code start} (odd byte padded with zero). */
    private static int sum(long start, byte[] b, int at, int length) {
        long s = start;
        for (int i = 0; i < length; i += 2) {
            int hi = b[at + i] & 0xff;
            int lo = i + 1 < length ? b[at + i + 1] & 0xff : 0;
            s += (hi << 8) | lo;
        }
        while ((s >>> 16) != 0) {
            s = (s & 0xffff) + (s >>> 16);
        }
        return (int) s;
    }
}
