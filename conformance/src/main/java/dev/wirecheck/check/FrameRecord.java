package dev.wirecheck.check;

import dev.wirecheck.stack.tcp.TcpStatePair;

/**
 * A frame as a report shows it: its 1-based number, when it was captured, who sent it, its
 * captured bytes, a one-line summary (e.g. {@code ICMPv4 echo request 192.0.2.1 → 192.0.2.10 id=1 seq=3})
 * and, for a segment of a TCP connection the reference stack follows, the state of both ends
 * after it ({@code tcp}, null for any other frame).
 * The bytes are the caller's; a report only reads them.
 */
public record FrameRecord(long number, long timestampNanos, Side side, byte[] bytes, String summary, TcpStatePair tcp) {

    /** A frame without TCP state. */
    public FrameRecord(long number, long timestampNanos, Side side, byte[] bytes, String summary) {
        this(number, timestampNanos, side, bytes, summary, null);
    }

    /** Seconds since the Unix epoch, with the capture's precision. */
    public double timestampSeconds() {
        return timestampNanos / 1e9;
    }
}
