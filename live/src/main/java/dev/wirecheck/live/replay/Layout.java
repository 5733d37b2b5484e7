package dev.wirecheck.live.replay;

import dev.wirecheck.wire.Bytes;

/**
 * Where the headers of an Ethernet frame start, found without allocating and without
 * throwing: what rewriting, TCP tracking and answering need. Parts that are missing or
 * truncated are {@code -1}; the full dissector is not needed for this.
 *
 * @param etherType     0x0800, 0x86dd, 0x0806… or -1 for a frame shorter than an Ethernet header
 * @param netAt         start of the IPv4/IPv6/ARP header, or -1
 * @param protocol      the upper-layer protocol (after IPv6 extension headers), or -1
 * @param l4At          start of the upper-layer header, or -1 when absent (a later fragment, truncation)
 * @param l4End         end of the upper-layer data as the IP length says (clamped to the frame)
 * @param fragmented    the datagram is a fragment (first or later)
 */
public record Layout(int etherType, int netAt, int protocol, int l4At, int l4End, boolean fragmented) {
    public static final int ETH_HEADER = 14;
    public static final int IPV4 = 0x0800, IPV6 = 0x86dd, ARP = 0x0806;
    public static final int TCP = 6, UDP = 17, ICMP = 1, ICMPV6 = 58;
    private static final Layout NONE = new Layout(-1, -1, -1, -1, -1, false);

    public static Layout of(byte[] f) {
        if (f.length < ETH_HEADER) {
            return NONE;
        }
        int type = Bytes.u16(f, 12);
        return switch (type) {
            case IPV4 -> ipv4(f);
            case IPV6 -> ipv6(f);
            case ARP -> new Layout(type, f.length >= ETH_HEADER + 28 ? ETH_HEADER : -1, -1, -1, -1, false);
            default -> new Layout(type, -1, -1, -1, -1, false);
        };
    }

    private static Layout ipv4(byte[] f) {
        int at = ETH_HEADER;
        if (f.length < at + 20 || (f[at] & 0xf0) != 0x40) {
            return new Layout(IPV4, -1, -1, -1, -1, false);
        }
        int ihl = (f[at] & 0x0f) * 4;
        int total = Bytes.u16(f, at + 2);
        int end = Math.min(f.length, at + Math.max(total, ihl));
        int fragField = Bytes.u16(f, at + 6);
        boolean more = (fragField & 0x2000) != 0;
        int offset = fragField & 0x1fff;
        int l4 = at + ihl;
        boolean upperPresent = offset == 0 && ihl >= 20 && l4 <= end;
        return new Layout(IPV4, at, Bytes.u8(f, at + 9), upperPresent ? l4 : -1, end, more || offset != 0);
    }

    private static Layout ipv6(byte[] f) {
        int at = ETH_HEADER;
        if (f.length < at + 40 || (f[at] & 0xf0) != 0x60) {
            return new Layout(IPV6, -1, -1, -1, -1, false);
        }
        int end = Math.min(f.length, at + 40 + Bytes.u16(f, at + 4));
        int next = Bytes.u8(f, at + 6);
        int pos = at + 40;
        boolean fragmented = false;
        // hop-by-hop, routing, destination options (length in 8-byte units beyond the first 8)
        // and fragment headers; bounded by the frame, since each step advances by at least 8
        while (pos + 8 <= end && (next == 0 || next == 43 || next == 60 || next == 44)) {
            if (next == 44) {
                fragmented = true;
                boolean later = (Bytes.u16(f, pos + 2) & 0xfff8) != 0;
                next = Bytes.u8(f, pos);
                pos += 8;
                if (later) {
                    return new Layout(IPV6, at, next, -1, end, true);
                }
            } else {
                int len = (Bytes.u8(f, pos + 1) + 1) * 8;
                next = Bytes.u8(f, pos);
                pos += len;
            }
        }
        boolean upperPresent = pos <= end && next != 0 && next != 43 && next != 60 && next != 44;
        return new Layout(IPV6, at, next, upperPresent ? pos : -1, end, fragmented);
    }

    public boolean isIpv4() {
        return etherType == IPV4 && netAt >= 0;
    }

    public boolean isIpv6() {
        return etherType == IPV6 && netAt >= 0;
    }

    public boolean isArp() {
        return etherType == ARP && netAt >= 0;
    }

    /** True when the upper-layer header of {@code protocol} is there with at least {@code minLength} bytes. */
    public boolean has(int upperProtocol, int minLength) {
        return protocol == upperProtocol && l4At >= 0 && l4At + minLength <= l4End;
    }

    /** Offset of the source address in the IP header and its length (4 or 16). */
    public int srcAt() {
        return netAt + (isIpv4() ? 12 : 8);
    }

    public int dstAt() {
        return netAt + (isIpv4() ? 16 : 24);
    }

    public int addressLength() {
        return isIpv4() ? 4 : 16;
    }
}
