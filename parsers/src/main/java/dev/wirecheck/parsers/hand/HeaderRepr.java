package dev.wirecheck.parsers.hand;

/**
 * A header that {@link FrameBuilder} can place in front of a payload. Lengths are known
 * before anything is written; checksums that cover the payload are filled in by
 * {@link #seal} after the payload is in place, innermost header first.
 */
public interface HeaderRepr {

    /** Bytes this header occupies. */
    int headerLength();

    /** Writes the header at {@code out[at]}; {@code payloadLength} bytes will follow it. */
    void emit(byte[] out, int at, int payloadLength, Emit emit);

    /**
     * Called once everything after this header is written: computes checksums that cover
     * the payload. {@code ip} is the nearest enclosing IP header (for pseudo-headers) or
     * null, and {@code ipAt} where it starts.
     */
    default void seal(byte[] out, int at, int length, IpRepr ip, int ipAt, Emit emit) {
    }
}
