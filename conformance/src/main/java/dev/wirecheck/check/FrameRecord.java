package dev.wirecheck.check;

/**
 * A frame as a report shows it: its 1-based number, when it was captured, who sent it, its
 * captured bytes and a one-line summary (e.g. {@code ICMPv4 echo request 192.0.2.1 → 192.0.2.10 id=1 seq=3}).
 * The bytes are the caller's; a report only reads them.
 */
public record FrameRecord(long number, long timestampNanos, Side side, byte[] bytes, String summary) {

    /** Seconds since the Unix epoch, with the capture's precision. */
    public double timestampSeconds() {
        return timestampNanos / 1e9;
    }
}
