package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;

/**
 * Base of the zero-copy header views: a window {@code [start, start + available)} on a
 * frame's byte array. A view is a flyweight: the dissector keeps one per protocol and
 * re-wraps it for every frame, so reading a frame allocates nothing.
 *
 * <p>Subclasses check every length in their {@code read} method before any getter may be
 * called; the getters then read straight from the array.
 */
abstract class View {
    byte[] b;
    int start;
    int available;

    final void wrap(byte[] bytes, int at, int length) {
        this.b = bytes;
        this.start = at;
        this.available = length;
    }

    /** Offset of this header from the start of the frame. */
    public final int offset() {
        return start;
    }

    /** The frame's bytes (shared, not a copy). */
    public final byte[] bytes() {
        return b;
    }

    final int u8(int rel) {
        return Bytes.u8(b, start + rel);
    }

    final int u16(int rel) {
        return Bytes.u16(b, start + rel);
    }

    final long u32(int rel) {
        return Bytes.u32(b, start + rel);
    }

    final byte[] copy(int rel, int len) {
        return java.util.Arrays.copyOfRange(b, start + rel, start + rel + len);
    }
}
