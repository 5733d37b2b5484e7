package dev.wirecheck.live.replay;

import dev.wirecheck.wire.Bytes;

/**
 * Moves a captured frame to the live link: Ethernet, ARP, IP and Neighbor Discovery
 * addresses through an {@link AddressMap}, TCP acknowledgement numbers on request, with
 * every checksum that covers a changed byte adjusted ({@link ChecksumPatch}).
 */
public final class FrameRewriter {
    private static final int NS = 135, NA = 136, RS = 133, RA = 134, REDIRECT = 137;
    private static final int OPT_SLLA = 1, OPT_TLLA = 2;

    private final AddressMap map;

    public FrameRewriter(AddressMap map) {
        this.map = map;
    }

    /** A rewritten copy of {@code original}; the original is not changed. */
    public byte[] rewrite(byte[] original) {
        byte[] f = original.clone();
        Layout l = Layout.of(f);
        if (l.etherType() < 0) {
            return f;
        }
        ChecksumPatch link = new ChecksumPatch(f);
        link.map(0, 6, map);
        link.map(6, 6, map);
        if (l.isArp()) {
            int at = l.netAt();
            link.map(at + 8, 6, map);
            link.map(at + 14, 4, map);
            link.map(at + 18, 6, map);
            link.map(at + 24, 4, map);
        } else if (l.isIpv4() || l.isIpv6()) {
            ChecksumPatch ip = ipPatch(f, l);
            ip.map(l.srcAt(), l.addressLength(), map);
            ip.map(l.dstAt(), l.addressLength(), map);
            if (l.isIpv6() && l.has(Layout.ICMPV6, 8)) {
                neighborDiscovery(f, l, ip);
            }
        }
        return f;
    }

    /** The checksums covering the IP addresses: IPv4's header checksum and the upper layer's pseudo-header. */
    private static ChecksumPatch ipPatch(byte[] f, Layout l) {
        ChecksumPatch p = new ChecksumPatch(f);
        int addresses = l.srcAt(), addressesEnd = l.dstAt() + l.addressLength();
        if (l.isIpv4()) {
            int ihl = (f[l.netAt()] & 0x0f) * 4;
            p.covering(l.netAt() + 10, false, l.netAt(), l.netAt() + ihl);
        }
        int fieldOffset = switch (l.protocol()) {
            case Layout.TCP -> 16;
            case Layout.UDP -> 6;
            case Layout.ICMPV6 -> 2;
            default -> -1;
        };
        if (fieldOffset >= 0 && l.has(l.protocol(), fieldOffset + 2)) {
            boolean udpOverIpv4 = l.isIpv4() && l.protocol() == Layout.UDP;
            p.covering(l.l4At() + fieldOffset, udpOverIpv4, addresses, addressesEnd, l.l4At(), l.l4End());
        }
        return p;
    }

    /** Target addresses and link-layer address options of NDP messages (RFC 4861 §4). */
    private void neighborDiscovery(byte[] f, Layout l, ChecksumPatch patch) {
        int at = l.l4At();
        int type = Bytes.u8(f, at);
        int options;
        switch (type) {
            case NS, NA -> {
                patch.map(at + 8, 16, map);
                options = at + 24;
            }
            case REDIRECT -> {
                patch.map(at + 8, 16, map);
                patch.map(at + 24, 16, map);
                options = at + 40;
            }
            case RS -> options = at + 8;
            case RA -> options = at + 16;
            default -> {
                return;
            }
        }
        // each option is at least 8 bytes long (length 0 is invalid: stop there)
        while (options + 8 <= l.l4End()) {
            int optType = Bytes.u8(f, options), len = Bytes.u8(f, options + 1) * 8;
            if (len == 0) {
                return;
            }
            if ((optType == OPT_SLLA || optType == OPT_TLLA) && len == 8) {
                patch.map(options + 2, 6, map);
            }
            options += len;
        }
    }

    /** Sets the TCP acknowledgement number of {@code f} (in place), adjusting the TCP checksum. */
    public static void setAck(byte[] f, long ack) {
        Layout l = Layout.of(f);
        if (!l.has(Layout.TCP, 20)) {
            return;
        }
        ChecksumPatch p = new ChecksumPatch(f).covering(l.l4At() + 16, false, l.l4At(), l.l4End());
        byte[] value = new byte[4];
        Bytes.put32(value, 0, ack);
        p.replace(l.l4At() + 8, value);
    }
}
