package dev.wirecheck.live.fuzz;

import dev.wirecheck.live.replay.Layout;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Checksum;

/**
 * Recomputes the checksums of a mutated frame so that it gets past the device's checksum
 * checks and into the code behind them (RFC 791 §3.1, RFC 9293 §3.1, RFC 768, RFC 792,
 * RFC 4443 §2.3). Whatever cannot be located safely in a mangled frame is left as it is.
 */
final class ChecksumFixer {
    private ChecksumFixer() {}

    static void fix(byte[] f) {
        Layout l = Layout.of(f);
        if (l.isIpv4()) {
            int ihl = (f[l.netAt()] & 0x0f) * 4;
            if (ihl >= 20 && l.netAt() + ihl <= f.length) {
                Bytes.put16(f, l.netAt() + 10, 0);
                Bytes.put16(f, l.netAt() + 10, Checksum.compute(f, l.netAt(), ihl));
            }
        }
        if (!(l.isIpv4() || l.isIpv6()) || l.fragmented() || l.l4At() < 0) {
            return;
        }
        int field = switch (l.protocol()) {
            case Layout.TCP -> 16;
            case Layout.UDP -> 6;
            case Layout.ICMP, Layout.ICMPV6 -> 2;
            default -> -1;
        };
        int length = l.l4End() - l.l4At();
        if (field < 0 || length < field + 2) {
            return;
        }
        Bytes.put16(f, l.l4At() + field, 0);
        long pseudo = l.protocol() == Layout.ICMP ? 0
                : l.isIpv4() ? Checksum.ipv4PseudoHeader(f, l.srcAt(), l.dstAt(), l.protocol(), length)
                : Checksum.ipv6PseudoHeader(f, l.srcAt(), l.dstAt(), l.protocol(), length);
        int sum = Checksum.compute(pseudo, f, l.l4At(), length);
        if (l.protocol() == Layout.UDP && sum == 0) {
            sum = 0xffff; // RFC 768: a computed zero is sent as all ones
        }
        Bytes.put16(f, l.l4At() + field, sum);
    }
}
