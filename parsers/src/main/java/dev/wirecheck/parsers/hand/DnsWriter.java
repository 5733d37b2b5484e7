package dev.wirecheck.parsers.hand;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one DNS message, compressing names (RFC 1035 §4.1.4): each suffix written is
 * remembered, case-insensitively (RFC 1035 §2.3.3), and a later name ending in it points
 * back to it. Only offsets below 0x4000 can be pointed to.
 */
public final class DnsWriter {
    private byte[] out = new byte[512];
    private int length;
    private final Map<String, Integer> suffixes = new HashMap<>();

    public int position() {
        return length;
    }

    void u8(int v) {
        ensure(1);
        out[length++] = (byte) v;
    }

    void u16(int v) {
        u8(v >>> 8);
        u8(v);
    }

    void u32(long v) {
        u16((int) (v >>> 16));
        u16((int) v);
    }

    void bytes(byte[] v) {
        ensure(v.length);
        System.arraycopy(v, 0, out, length, v.length);
        length += v.length;
    }

    void put16(int at, int v) {
        out[at] = (byte) (v >>> 8);
        out[at + 1] = (byte) v;
    }

    /**
     * A name in presentation form ({@code www.example.test}, a trailing dot allowed, "" or
     * "." for the root). Labels of more than 63 octets or names of more than 255 are refused
     * (RFC 1035 §2.3.4).
     */
    void name(String text, boolean compress) {
        String[] labels = labels(text);
        for (int i = 0; i < labels.length; i++) {
            String suffix = String.join(".", Arrays.copyOfRange(labels, i, labels.length)).toLowerCase(Locale.ROOT);
            Integer earlier = compress ? suffixes.get(suffix) : null;
            if (earlier != null) {
                u16(0xc000 | earlier);
                return;
            }
            if (length < 0x4000) {
                suffixes.putIfAbsent(suffix, length);
            }
            byte[] l = labels[i].getBytes(StandardCharsets.ISO_8859_1);
            u8(l.length);
            bytes(l);
        }
        u8(0);
    }

    /** Splits and checks a name; the root has no labels. */
    static String[] labels(String text) {
        String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (t.isEmpty()) {
            return new String[0];
        }
        String[] labels = t.split("\\.", -1);
        int octets = 1;
        for (String l : labels) {
            int n = l.getBytes(StandardCharsets.ISO_8859_1).length;
            if (n == 0 || n > DnsName.MAX_LABEL) {
                throw new IllegalArgumentException("label '" + l + "' of " + n + " octets in '" + text
                        + "' (RFC 1035 §2.3.4: 1 to 63)");
            }
            octets += 1 + n;
        }
        if (octets > DnsName.MAX_NAME) {
            throw new IllegalArgumentException("name of " + octets + " octets exceeds 255 (RFC 1035 §2.3.4)");
        }
        return labels;
    }

    public byte[] toBytes() {
        return Arrays.copyOf(out, length);
    }

    private void ensure(int n) {
        if (length + n > 0xffff) {
            throw new IllegalArgumentException("a DNS message is at most 65535 bytes (RFC 1035 §4.2.2)");
        }
        if (length + n > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + n));
        }
    }
}
