package dev.wirecheck.check;

/**
 * Offending bytes in one frame: {@code length} bytes from {@code offset}, counted from the start
 * of the captured frame (link-layer header included), so a report can mark them in a hex dump.
 */
public record Highlight(long frame, int offset, int length) {
    public Highlight {
        if (offset < 0 || length <= 0) {
            throw new IllegalArgumentException("bad highlight " + offset + "+" + length + " in frame " + frame);
        }
    }
}
