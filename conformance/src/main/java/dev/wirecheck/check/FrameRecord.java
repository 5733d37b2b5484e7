package dev.wirecheck.check;

import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.stack.tcp.TcpStatePair;
import dev.wirecheck.wire.Frame;

/**
 * A frame as a report shows it: its 1-based number, when it was captured, who sent it, its
 * captured bytes, a one-line summary (e.g. {@code ICMPv4 echo request 192.0.2.1 → 192.0.2.10 id=1 seq=3})
 * and, for a segment of a TCP connection the reference stack follows, the state of both ends
 * after it ({@code tcp}, null for any other frame).
 * The bytes are the caller's; a report only reads them.
 *
 * <p>A record made by {@link #summarizedWhenAsked} writes its summary the first time a report asks
 * for it: {@code check} keeps every frame of an ordinary capture, but the terminal report shows
 * only the few that verdicts name, and formatting a line for each of the others was about a
 * tenth of the whole check of lwIP's 2 MB download. Not a record class for that reason; two
 * frame records are equal only when they are the same object.
 */
public final class FrameRecord {
    /** One structure-only dissector per thread that asks for summaries (reports may run in parallel). */
    private static final ThreadLocal<Dissector> SUMMARIZER = ThreadLocal.withInitial(Dissector::structureOnly);

    private final long number;
    private final long timestampNanos;
    private final Side side;
    private final byte[] bytes;
    private final TcpStatePair tcp;
    /** The frame to summarize when asked; null when the summary was given. */
    private final Frame unsummarized;
    /**
     * Written at most once per thread that finds it null; every writer computes the same text
     * from the same bytes, and a String is safe to share without a lock (its fields are final).
     */
    private String summary;

    public FrameRecord(long number, long timestampNanos, Side side, byte[] bytes, String summary, TcpStatePair tcp) {
        this(number, timestampNanos, side, bytes, java.util.Objects.requireNonNull(summary, "summary"), tcp, null);
    }

    /** A frame without TCP state. */
    public FrameRecord(long number, long timestampNanos, Side side, byte[] bytes, String summary) {
        this(number, timestampNanos, side, bytes, summary, null);
    }

    private FrameRecord(long number, long timestampNanos, Side side, byte[] bytes, String summary, TcpStatePair tcp,
                        Frame unsummarized) {
        this.number = number;
        this.timestampNanos = timestampNanos;
        this.side = side;
        this.bytes = bytes;
        this.summary = summary;
        this.tcp = tcp;
        this.unsummarized = unsummarized;
    }

    /** The record of a captured frame whose summary is written from its bytes on first use. */
    public static FrameRecord summarizedWhenAsked(Frame frame, Side side, TcpStatePair tcp) {
        return new FrameRecord(frame.number(), frame.timestampNanos(), side, frame.data(), null, tcp, frame);
    }

    public long number() {
        return number;
    }

    public long timestampNanos() {
        return timestampNanos;
    }

    public Side side() {
        return side;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** One line describing the frame. */
    public String summary() {
        String s = summary;
        if (s == null) {
            s = FrameSummary.of(SUMMARIZER.get().dissect(unsummarized));
            summary = s;
        }
        return s;
    }

    /** Both ends' TCP state after this segment, or null. */
    public TcpStatePair tcp() {
        return tcp;
    }

    /** Seconds since the Unix epoch, with the capture's precision. */
    public double timestampSeconds() {
        return timestampNanos / 1e9;
    }

    @Override
    public String toString() {
        return "FrameRecord#" + number + "(" + side + ", " + bytes.length + " bytes)";
    }
}
