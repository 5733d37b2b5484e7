package dev.wirecheck.wire;

/**
 * One decoded field, named with its Wireshark display-filter name ({@code ip.ttl},
 * {@code tcp.flags.syn}), with where it sits in the frame.
 *
 * <p>{@code value} is a {@link Long} for numbers and flags (flags are 0 or 1, as tshark
 * prints them) or a {@link String} for addresses, names and raw bytes (bytes in tshark's
 * {@code aa:bb:cc} form). {@code base} says how tshark prints a number, so the text view
 * reads like {@code tshark -V} and comparisons can normalise tshark's output.
 *
 * @param offset byte offset from the start of the frame
 * @param length length in bytes (0 for a field that is derived, not read)
 */
public record Field(String name, Object value, int offset, int length, Base base) {

    /** How a value is printed: tshark prints some integers in hex ({@code ip.id: 0x35f9}). */
    public enum Base { DEC, HEX, TEXT, BYTES }

    public static Field dec(String name, long value, int offset, int length) {
        return new Field(name, value, offset, length, Base.DEC);
    }

    public static Field hex(String name, long value, int offset, int length) {
        return new Field(name, value, offset, length, Base.HEX);
    }

    public static Field text(String name, String value, int offset, int length) {
        return new Field(name, value, offset, length, Base.TEXT);
    }

    public static Field bytes(String name, byte[] frame, int offset, int length) {
        return new Field(name, Bytes.hexColon(frame, offset, length), offset, length, Base.BYTES);
    }

    public boolean isNumber() {
        return value instanceof Long;
    }

    public long asLong() {
        if (value instanceof Long l) {
            return l;
        }
        throw new IllegalStateException(name + " is not a number: " + value);
    }

    /** The form used to compare two dissections: decimal for numbers, the text otherwise. */
    public String canonical() {
        return String.valueOf(value);
    }

    /** The form shown to people: hex numbers as {@code 0x0800}, the way tshark shows them. */
    public String display() {
        if (value instanceof Long l && base == Base.HEX) {
            int digits = Math.max(2, length * 2);
            return "0x" + String.format("%0" + digits + "x", l);
        }
        return String.valueOf(value);
    }
}
