package dev.wirecheck.stack;

import dev.wirecheck.wire.Bytes;

/**
 * Address tests on raw bytes, without allocating: the reference stack and the rules call
 * them for every frame. IPv4 addresses are ints; IPv6 addresses stay in the frame's array.
 */
public final class Net {
    private Net() {
    }

    /** A MAC address read as a 48-bit number (same value as {@code MacAddress.bits()}). */
    public static long mac(byte[] b, int at) {
        return ((long) Bytes.u16(b, at) << 32) | Bytes.u32(b, at + 2);
    }

    public static boolean macGroup(byte[] b, int at) {
        return (b[at] & 1) != 0;
    }

    public static boolean v4Multicast(int a) {
        return (a >>> 28) == 0xe;
    }

    public static boolean v4LimitedBroadcast(int a) {
        return a == -1;
    }

    public static boolean v4Loopback(int a) {
        return (a >>> 24) == 127;
    }

    /** Class E (240.0.0.0/4) without the limited broadcast. */
    public static boolean v4ClassE(int a) {
        return (a >>> 28) == 0xf && a != -1;
    }

    public static String v4Text(int a) {
        return (a >>> 24) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }

    public static boolean v6Multicast(byte[] b, int at) {
        return (b[at] & 0xff) == 0xff;
    }

    public static boolean v6Unspecified(byte[] b, int at) {
        for (int i = 0; i < 16; i++) {
            if (b[at + i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** fe80::/10 */
    public static boolean v6LinkLocal(byte[] b, int at) {
        return (b[at] & 0xff) == 0xfe && (b[at + 1] & 0xc0) == 0x80;
    }

    public static boolean v6Equal(byte[] a, int aAt, byte[] b, int bAt) {
        return Bytes.equal(a, aAt, b, bAt, 16);
    }

    /** True when {@code group} is the solicited-node multicast address of {@code target} (RFC 4291 §2.7.1). */
    public static boolean solicitedNodeOf(byte[] b, int groupAt, byte[] t, int targetAt) {
        if ((b[groupAt] & 0xff) != 0xff || (b[groupAt + 1] & 0xff) != 0x02) {
            return false;
        }
        for (int i = 2; i < 11; i++) {
            if (b[groupAt + i] != 0) {
                return false;
            }
        }
        return (b[groupAt + 11] & 0xff) == 0x01 && (b[groupAt + 12] & 0xff) == 0xff
                && b[groupAt + 13] == t[targetAt + 13] && b[groupAt + 14] == t[targetAt + 14]
                && b[groupAt + 15] == t[targetAt + 15];
    }

    public static long hi(byte[] b, int at) {
        return (Bytes.u32(b, at) << 32) | Bytes.u32(b, at + 4);
    }

    public static long lo(byte[] b, int at) {
        return (Bytes.u32(b, at + 8) << 32) | Bytes.u32(b, at + 12);
    }

    public static String v6Text(byte[] b, int at) {
        return Bytes.ipv6(b, at);
    }

    public static String v6Text(long hi, long lo) {
        byte[] b = new byte[16];
        Bytes.put32(b, 0, hi >>> 32);
        Bytes.put32(b, 4, hi);
        Bytes.put32(b, 8, lo >>> 32);
        Bytes.put32(b, 12, lo);
        return Bytes.ipv6(b, 0);
    }

    public static String macText(long mac) {
        byte[] b = new byte[6];
        Bytes.put16(b, 0, (int) (mac >>> 32));
        Bytes.put32(b, 2, mac);
        return Bytes.mac(b, 0);
    }
}
