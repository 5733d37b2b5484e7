package dev.wirecheck.wire;

/**
 * Big-endian (network order) reads and writes on a byte array, and the text forms
 * Wireshark uses for addresses and raw bytes.
 *
 * <p>Callers check bounds first: these methods are the innermost loop of every parser
 * and trust the offsets they are given.
 */
public final class Bytes {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Bytes() {}

    public static int u8(byte[] b, int at) {
        return b[at] & 0xff;
    }

    public static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    public static int u24(byte[] b, int at) {
        return ((b[at] & 0xff) << 16) | ((b[at + 1] & 0xff) << 8) | (b[at + 2] & 0xff);
    }

    public static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16)
                | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    public static int s32(byte[] b, int at) {
        return (int) u32(b, at);
    }

    public static void put8(byte[] b, int at, int v) {
        b[at] = (byte) v;
    }

    public static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }

    public static void put32(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /** {@code 02:00:00:00:00:01}, the form tshark prints for eth.src and friends. */
    public static String mac(byte[] b, int at) {
        return hexColon(b, at, 6);
    }

    /** Lower-case hex bytes joined by colons, as tshark prints FT_BYTES fields. */
    public static String hexColon(byte[] b, int at, int len) {
        if (len <= 0) {
            return "";
        }
        char[] out = new char[len * 3 - 1];
        for (int i = 0; i < len; i++) {
            int v = b[at + i] & 0xff;
            int o = i * 3;
            out[o] = HEX[v >>> 4];
            out[o + 1] = HEX[v & 15];
            if (i + 1 < len) {
                out[o + 2] = ':';
            }
        }
        return new String(out);
    }

    /** Lower-case hex without separators. */
    public static String hex(byte[] b, int at, int len) {
        char[] out = new char[len * 2];
        for (int i = 0; i < len; i++) {
            int v = b[at + i] & 0xff;
            out[2 * i] = HEX[v >>> 4];
            out[2 * i + 1] = HEX[v & 15];
        }
        return new String(out);
    }

    public static String hex(byte[] b) {
        return hex(b, 0, b.length);
    }

    /** Parses hex with optional whitespace, colons or dashes between digit pairs. */
    public static byte[] fromHex(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.digit(c, 16) >= 0) {
                digits.append(c);
            } else if (!Character.isWhitespace(c) && c != ':' && c != '-') {
                throw new IllegalArgumentException("not a hex digit: '" + c + "' at " + i);
            }
        }
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + digits.length());
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /** Dotted quad. */
    public static String ipv4(byte[] b, int at) {
        return (b[at] & 0xff) + "." + (b[at + 1] & 0xff) + "." + (b[at + 2] & 0xff) + "." + (b[at + 3] & 0xff);
    }

    /**
     * RFC 5952 text form of an IPv6 address (lower case, the longest run of two or more
     * zero groups compressed, the first such run on ties), which is what tshark prints.
     * IPv4-mapped addresses are printed in RFC 5952 §5 mixed notation.
     */
    public static String ipv6(byte[] b, int at) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = u16(b, at + 2 * i);
        }
        boolean mapped = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
        int groups = mapped ? 6 : 8;
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < groups; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < groups && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder s = new StringBuilder(40);
        for (int i = 0; i < groups; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(g[i]));
        }
        if (mapped) {
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(ipv4(b, at + 12));
        }
        return s.toString();
    }

    public static boolean equal(byte[] a, int aAt, byte[] b, int bAt, int len) {
        return java.util.Arrays.equals(a, aAt, aAt + len, b, bAt, bAt + len);
    }
}
