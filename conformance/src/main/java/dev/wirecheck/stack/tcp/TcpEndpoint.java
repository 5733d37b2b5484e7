package dev.wirecheck.stack.tcp;

import dev.wirecheck.parsers.hand.Tcp;

/**
 * One side of a connection: its initial sequence number, how far it has sent, what it
 * acknowledged and offered last, and the options its SYN carried.
 */
public final class TcpEndpoint {
    /** MSS assumed when a SYN carries none (RFC 9293 §3.7.1, RFC 6691 for IPv6: 1220). */
    public static final int DEFAULT_MSS_V4 = 536, DEFAULT_MSS_V6 = 1220;

    long isn;
    boolean synSeen;
    long synFrame;
    long synTime;
    /** One past the highest sequence number sent (SYN and FIN count). */
    long sndMax;
    long lastAck;
    boolean ackSeen;
    int window;
    int mss = -1;
    int windowScale = -1;
    boolean timestamps;
    boolean sackPermitted;
    long finSeq = -1;
    int segments;
    /** The last segments that took new sequence space: where each began and when it was sent. */
    private final long[] sentSeq = new long[16];
    private final long[] sentTime = new long[16];
    private int sentNext;
    long retxSeq = -1;
    long retxTime;
    long retxInterval = -1;
    int retxCount;

    /** Records a segment occupying sequence space from {@code seq}: new data, or a retransmission. */
    void sent(long seq, long time) {
        if (synSeen && Seq.lt(seq, sndMax)) {
            retxInterval = time - (seq == retxSeq ? retxTime : originalSendTime(seq));
            retxSeq = seq;
            retxTime = time;
            retxCount++;
            return;
        }
        sentSeq[sentNext] = seq;
        sentTime[sentNext] = time;
        sentNext = (sentNext + 1) % sentSeq.length;
    }

    /** When the segment starting at {@code seq} (or the latest one before it) was first sent, or -1 when forgotten. */
    public long originalSendTime(long seq) {
        long best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < sentSeq.length; i++) {
            int d = Seq.diff(seq, sentSeq[i]);
            if (sentTime[i] != 0 && d >= 0 && d < bestDistance) {
                bestDistance = d;
                best = sentTime[i];
            }
        }
        return best;
    }

    /** Sequence number of the last retransmitted segment, or -1. */
    public long retxSeq() {
        return retxSeq;
    }

    public long retxTime() {
        return retxTime;
    }

    /** Nanoseconds between the last retransmission and the send before it of the same segment, or -1. */
    public long retxInterval() {
        return retxInterval;
    }

    public int retxCount() {
        return retxCount;
    }

    void learnSyn(Tcp t, long frame, long time) {
        isn = t.seq();
        synSeen = true;
        synFrame = frame;
        synTime = time;
        mss = t.mss();
        windowScale = t.windowScale();
        timestamps = t.timestampOffset() >= 0;
        sackPermitted = t.sackPermitted();
        sent(isn, time);
        sndMax = Seq.add(isn, 1);
    }

    public long isn() {
        return isn;
    }

    public boolean synSeen() {
        return synSeen;
    }

    public long synFrame() {
        return synFrame;
    }

    public long synTime() {
        return synTime;
    }

    public long sndMax() {
        return sndMax;
    }

    public boolean ackSeen() {
        return ackSeen;
    }

    public long lastAck() {
        return lastAck;
    }

    /** The window field of the side's last segment, unscaled. */
    public int window() {
        return window;
    }

    /** The MSS option of the side's SYN, or -1. */
    public int mss() {
        return mss;
    }

    public int windowScale() {
        return windowScale;
    }

    public boolean timestamps() {
        return timestamps;
    }

    public boolean sackPermitted() {
        return sackPermitted;
    }

    /** Sequence number of the side's FIN, or -1 before it sent one. */
    public long finSeq() {
        return finSeq;
    }

    /** The side's relative sequence number (0 = its ISN), as a ladder diagram shows it. */
    public long relative(long seq) {
        return synSeen ? Seq.add(seq, -isn) : seq;
    }
}
