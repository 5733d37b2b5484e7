package dev.wirecheck.live.replay;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Checksum;

/**
 * Recomputes a frame's checksums from scratch (RFC 791 §3.1, RFC 9293 §3.1, RFC 768,
 * RFC 4443 §2.3 with the RFC 8200 §8.1 pseudo-header): independent of the incremental
 * patching under test. Only unfragmented datagrams carry a whole upper layer.
 */
final class ChecksumOracle {
    private ChecksumOracle() {}

    /** True when every checksum the frame carries verifies. */
    static boolean allValid(byte[] f) {
        Layout l = Layout.of(f);
        if (l.isIpv4()) {
            int ihl = (f[l.netAt()] & 0x0f) * 4;
            if (!Checksum.verifies(f, l.netAt(), ihl)) {
                return false;
            }
        }
        if (!(l.isIpv4() || l.isIpv6()) || l.fragmented() || l.l4At() < 0) {
            return true;
        }
        int length = l.l4End() - l.l4At();
        long pseudo = l.isIpv4()
                ? Checksum.ipv4PseudoHeader(f, l.srcAt(), l.dstAt(), l.protocol(), length)
                : Checksum.ipv6PseudoHeader(f, l.srcAt(), l.dstAt(), l.protocol(), length);
        return switch (l.protocol()) {
            case Layout.TCP, Layout.ICMPV6 -> Checksum.verifies(pseudo, f, l.l4At(), length);
            case Layout.UDP -> l.isIpv4() && Bytes.u16(f, l.l4At() + 6) == 0 || Checksum.verifies(pseudo, f, l.l4At(), length);
            case Layout.ICMP -> Checksum.verifies(f, l.l4At(), length);
            default -> true;
        };
    }
}
