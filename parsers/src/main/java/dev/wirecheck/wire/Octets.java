package dev.wirecheck.wire;

import java.util.Arrays;

/**
 * An immutable run of bytes with value equality, for the parts of a {@code …Repr}
 * record that are raw bytes (payloads, unknown options), so that records compare
 * by content.
 */
public final class Octets {
    public static final Octets EMPTY = new Octets(new byte[0]);

    private final byte[] bytes;

    private Octets(byte[] owned) {
        this.bytes = owned;
    }

    public static Octets of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new Octets(bytes.clone());
    }

    public static Octets of(byte[] b, int offset, int length) {
        return length == 0 ? EMPTY : new Octets(Arrays.copyOfRange(b, offset, offset + length));
    }

    public static Octets hex(String hex) {
        return new Octets(Bytes.fromHex(hex));
    }

    public int length() {
        return bytes.length;
    }

    public int get(int i) {
        return bytes[i] & 0xff;
    }

    public byte[] toByteArray() {
        return bytes.clone();
    }

    public void copyTo(byte[] out, int at) {
        System.arraycopy(bytes, 0, out, at, bytes.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Octets other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bytes.length <= 32 ? Bytes.hex(bytes) : Bytes.hex(bytes, 0, 32) + "…(" + bytes.length + " bytes)";
    }
}
