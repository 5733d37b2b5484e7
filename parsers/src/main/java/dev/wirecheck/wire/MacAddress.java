package dev.wirecheck.wire;

/** A 48-bit MAC address as a value (equality by address). */
public record MacAddress(long bits) {
    public static final MacAddress BROADCAST = new MacAddress(0xffff_ffff_ffffL);
    public static final MacAddress ZERO = new MacAddress(0);

    public MacAddress {
        if ((bits >>> 48) != 0) {
            throw new IllegalArgumentException("MAC address wider than 48 bits: " + Long.toHexString(bits));
        }
    }

    public static MacAddress of(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 6; i++) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return new MacAddress(v);
    }

    /** Parses {@code 02:00:00:00:00:01} (colons or dashes). */
    public static MacAddress parse(String text) {
        String[] parts = text.trim().split("[:-]");
        if (parts.length != 6) {
            throw new IllegalArgumentException("not a MAC address: '" + text + "'");
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 2) {
                throw new IllegalArgumentException("not a MAC address: '" + text + "'");
            }
            v = (v << 8) | Integer.parseInt(p, 16);
        }
        return new MacAddress(v);
    }

    public void write(byte[] out, int at) {
        for (int i = 5; i >= 0; i--) {
            out[at + i] = (byte) (bits >>> (8 * (5 - i)));
        }
    }

    public byte[] toBytes() {
        byte[] out = new byte[6];
        write(out, 0);
        return out;
    }

    public boolean isMulticast() {
        return isGroup(bits);
    }

    /** A group (multicast or broadcast) address: the I/G bit, the least significant bit of the first octet, is set. */
    public static boolean isGroup(long bits) {
        return ((bits >>> 40) & 1) != 0;
    }

    public boolean isBroadcast() {
        return bits == BROADCAST.bits;
    }

    @Override
    public String toString() {
        return Bytes.mac(toBytes(), 0);
    }
}
