package dev.wirecheck.stack.tcp;

/**
 * One TCP connection of the DUT, seen from both sides. Allocated once when the connection's
 * first SYN appears; every later segment updates it in place.
 */
public final class TcpConnection {
    final TcpEndpoint dut = new TcpEndpoint();
    final TcpEndpoint peer = new TcpEndpoint();
    final boolean v6;
    final int dutPort;
    final int peerPort;
    final long openedFrame;
    TcpState state;
    /** Frame that moved the connection to ESTABLISHED, or -1. */
    long establishedFrame = -1;
    /** The peer's state, moved by {@link TcpStateLog} after each segment; null until the first. */
    TcpState peerState;

    TcpConnection(boolean v6, int dutPort, int peerPort, long openedFrame, TcpState state) {
        this.v6 = v6;
        this.dutPort = dutPort;
        this.peerPort = peerPort;
        this.openedFrame = openedFrame;
        this.state = state;
    }

    public TcpEndpoint dut() {
        return dut;
    }

    public TcpEndpoint peer() {
        return peer;
    }

    public TcpState state() {
        return state;
    }

    /** The peer's state (RFC 9293 §3.3.2) as its segments and the DUT's show it, or null before the first segment. */
    public TcpState peerState() {
        return peerState;
    }

    public boolean v6() {
        return v6;
    }

    public int dutPort() {
        return dutPort;
    }

    public int peerPort() {
        return peerPort;
    }

    public long openedFrame() {
        return openedFrame;
    }

    public long establishedFrame() {
        return establishedFrame;
    }

    /** Window scaling is in force: both SYNs carried the option (RFC 7323 §2.2). */
    public boolean windowScaling() {
        return dut.windowScale >= 0 && peer.windowScale >= 0;
    }

    /** Timestamps are in force: both SYNs carried them (RFC 7323 §3.2). */
    public boolean timestamps() {
        return dut.timestamps && peer.timestamps;
    }

    /** The largest segment the DUT may send: the peer's MSS option, or the default (RFC 9293 §3.7.1). */
    public int peerMss() {
        if (peer.mss >= 0) {
            return peer.mss;
        }
        return v6 ? TcpEndpoint.DEFAULT_MSS_V6 : TcpEndpoint.DEFAULT_MSS_V4;
    }

    /** The peer's offered window in bytes (scaled when scaling is in force), or -1 before it acknowledged. */
    public long peerWindowBytes() {
        if (!peer.ackSeen) {
            return -1;
        }
        int shift = windowScaling() ? Math.min(peer.windowScale, 14) : 0;
        return (long) peer.window << shift;
    }

    /** One past the last sequence number the peer's window lets the DUT send, or -1 before the peer acknowledged. */
    public long peerRightEdge() {
        long w = peerWindowBytes();
        return w < 0 ? -1 : Seq.add(peer.lastAck, w);
    }

    /** The DUT's receive window in bytes, scaled when scaling is in force. */
    public long dutWindowBytes() {
        int shift = windowScaling() ? Math.min(dut.windowScale, 14) : 0;
        return (long) dut.window << shift;
    }

    /**
     * Whether a peer sequence number lies in the DUT's receive window, RCV.NXT =< SEG.SEQ <
     * RCV.NXT + RCV.WND (RFC 9293 §3.4; a zero window admits RCV.NXT itself).
     */
    public boolean inDutReceiveWindow(long seq) {
        int offset = Seq.diff(seq, peer.sndMax);
        return offset >= 0 && !pastDutReceiveWindow(seq);
    }

    /** Whether a peer sequence number lies at or beyond the right edge of the DUT's receive window. */
    public boolean pastDutReceiveWindow(long seq) {
        return Seq.diff(seq, peer.sndMax) >= Math.max(1, dutWindowBytes());
    }
}
