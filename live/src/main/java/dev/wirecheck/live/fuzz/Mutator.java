package dev.wirecheck.live.fuzz;

import dev.wirecheck.live.replay.Layout;

import java.util.Arrays;
import java.util.Random;

/**
 * Structure-aware mutations of one frame: header fields set to boundary values, lengths
 * made inconsistent, frames cut short or extended, TCP option bytes and payload bytes
 * flipped; afterwards the checksums are usually recomputed so the frame reaches the code
 * behind the device's checksum checks, and sometimes deliberately left wrong. Ethernet and
 * IP addresses are never touched, so mutated frames stay between the two stations.
 */
final class Mutator {
    private static final int[] BOUNDARY_BYTES = {0, 1, 0x7f, 0x80, 0xfe, 0xff};
    private static final int[] BOUNDARY_WORDS = {0, 1, 0x7fff, 0x8000, 0xfffe, 0xffff};

    /** Header fields that may be mutated: {offset from the header, width in bytes}. Never addresses. */
    private static final int[][] IPV4_FIELDS = {{0, 1}, {1, 1}, {2, 2}, {4, 2}, {6, 2}, {8, 1}, {9, 1}, {10, 2}};
    private static final int[][] IPV6_FIELDS = {{0, 1}, {4, 2}, {6, 1}, {7, 1}};
    private static final int[][] TCP_FIELDS = {{4, 4}, {8, 4}, {12, 1}, {13, 1}, {14, 2}, {16, 2}, {18, 2}};
    private static final int[][] UDP_FIELDS = {{4, 2}, {6, 2}};
    private static final int[][] ICMP_FIELDS = {{0, 1}, {1, 1}, {2, 2}, {4, 2}, {6, 2}};
    private static final int[][] ARP_FIELDS = {{0, 2}, {2, 2}, {4, 1}, {5, 1}, {6, 2}};

    private Mutator() {}

    /** A mutated copy of {@code frame}: one to three mutations, checksums fixed four times in five. */
    static byte[] mutate(byte[] frame, Random r) {
        byte[] f = frame.clone();
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            f = once(f, r);
        }
        keepAddresses(frame, f);
        if (r.nextInt(5) != 0) {
            ChecksumFixer.fix(f);
        }
        return f;
    }

    /**
     * Puts the original's link and IP (or ARP) addresses back wherever the mutations reached
     * them (a frame cut short and extended again gets random bytes there): the safety rule that
     * every stimulus stays between the two stations holds for every case.
     */
    private static void keepAddresses(byte[] original, byte[] f) {
        copyWhereBothHave(original, f, 0, 12);
        Layout l = Layout.of(original);
        if (l.isIpv4() || l.isIpv6()) {
            copyWhereBothHave(original, f, l.srcAt(), l.dstAt() + l.addressLength());
        } else if (l.isArp()) {
            copyWhereBothHave(original, f, l.netAt() + 8, l.netAt() + 28);
        }
    }

    private static void copyWhereBothHave(byte[] from, byte[] to, int start, int end) {
        int stop = Math.min(end, Math.min(from.length, to.length));
        if (stop > start) {
            System.arraycopy(from, start, to, start, stop - start);
        }
    }

    private static byte[] once(byte[] f, Random r) {
        Layout l = Layout.of(f);
        switch (r.nextInt(8)) {
            case 0, 1, 2 -> field(f, l, r);
            case 3 -> {
                return Arrays.copyOf(f, Layout.ETH_HEADER + r.nextInt(Math.max(1, f.length - Layout.ETH_HEADER)));
            }
            case 4 -> {
                byte[] longer = Arrays.copyOf(f, f.length + 1 + r.nextInt(64));
                for (int i = f.length; i < longer.length; i++) {
                    longer[i] = (byte) r.nextInt(256);
                }
                return longer;
            }
            case 5 -> tcpOptions(f, l, r);
            default -> flipAfterHeaders(f, l, r);
        }
        return f;
    }

    private static void field(byte[] f, Layout l, Random r) {
        int[][] table;
        int base;
        if (l.l4At() >= 0 && r.nextBoolean()) {
            base = l.l4At();
            table = switch (l.protocol()) {
                case Layout.TCP -> TCP_FIELDS;
                case Layout.UDP -> UDP_FIELDS;
                case Layout.ICMP, Layout.ICMPV6 -> ICMP_FIELDS;
                default -> null;
            };
        } else if (l.netAt() >= 0) {
            base = l.netAt();
            table = l.isIpv4() ? IPV4_FIELDS : l.isIpv6() ? IPV6_FIELDS : l.isArp() ? ARP_FIELDS : null;
        } else {
            return;
        }
        if (table == null) {
            return;
        }
        int[] field = table[r.nextInt(table.length)];
        int at = base + field[0];
        if (at + field[1] > f.length) {
            return;
        }
        long value = switch (r.nextInt(3)) {
            case 0 -> field[1] == 1 ? BOUNDARY_BYTES[r.nextInt(BOUNDARY_BYTES.length)] : BOUNDARY_WORDS[r.nextInt(BOUNDARY_WORDS.length)];
            case 1 -> read(f, at, field[1]) + (r.nextBoolean() ? 1 : -1);
            default -> r.nextLong();
        };
        for (int i = field[1] - 1; i >= 0; i--) {
            f[at + i] = (byte) value;
            value >>>= 8;
        }
    }

    private static long read(byte[] f, int at, int width) {
        long v = 0;
        for (int i = 0; i < width; i++) {
            v = v << 8 | (f[at + i] & 0xff);
        }
        return v;
    }

    /** Option bytes of a TCP header with odd kinds and lengths (0, 1, beyond the header). */
    private static void tcpOptions(byte[] f, Layout l, Random r) {
        if (!l.has(Layout.TCP, 20)) {
            flipAfterHeaders(f, l, r);
            return;
        }
        int end = Math.min(l.l4End(), l.l4At() + ((f[l.l4At() + 12] & 0xf0) >>> 4) * 4);
        for (int at = l.l4At() + 20; at + 1 < end; at += 2) {
            if (r.nextInt(3) == 0) {
                f[at] = (byte) r.nextInt(30);
                f[at + 1] = (byte) BOUNDARY_BYTES[r.nextInt(BOUNDARY_BYTES.length)];
            }
        }
    }

    /** Random bit flips behind the IP addresses (upper-layer headers and data). */
    private static void flipAfterHeaders(byte[] f, Layout l, Random r) {
        int from = l.l4At() >= 0 ? l.l4At() : l.netAt() >= 0 ? l.dstAt() + l.addressLength() : f.length;
        if (l.isArp()) {
            from = l.netAt() + 28;
        }
        if (from >= f.length) {
            return;
        }
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            int at = from + r.nextInt(f.length - from);
            f[at] ^= (byte) (1 << r.nextInt(8));
        }
    }
}
