package dev.wirecheck.stack.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Tcp;

import java.util.Arrays;

/**
 * Both ends' TCP state after every frame of a run, for the reports: one byte per frame number in
 * one array per run (grown by doubling), so recording a frame allocates nothing. A frame that is
 * not a segment of a followed connection has no entry.
 */
public final class TcpStateLog {
    private static final int STATES = TcpState.values().length;
    private static final TcpState[] BY_ORDINAL = TcpState.values();
    /** Frame numbers past this are not logged: the array is indexed by int. */
    private static final long MAX_FRAME = Integer.MAX_VALUE - 8;
    /** 0 = no entry; else 1 + dut ordinal * STATES + peer ordinal (at most 121, fits a byte). */
    private byte[] states = new byte[1024];

    /**
     * Called after the tracker took the segment: moves the peer's state and logs both.
     *
     * @param c the connection the tracker holds for this segment now, or null
     */
    public void after(DecodedFrame f, boolean fromDut, TcpConnection c) {
        Tcp t = f.tcp();
        long frame = f.frame().number();
        if (c == null || t == null || frame < 0 || frame > MAX_FRAME) {
            return;
        }
        if (t.headerLength() > 0) {
            c.peerState = PeerState.next(c, c.peerState, t, fromDut, c.openedFrame == frame);
        }
        if (c.peerState == null) {
            return; // the tracker opens a connection only on a well-formed SYN, so this does not happen
        }
        if (frame >= states.length) {
            states = Arrays.copyOf(states, (int) Math.min(MAX_FRAME + 1, Math.max(frame + 1, 2L * states.length)));
        }
        states[(int) frame] = (byte) (1 + c.state.ordinal() * STATES + c.peerState.ordinal());
    }

    /** Both ends' states after the frame with this number, or null when it is no segment of a followed connection. */
    public TcpStatePair at(long frame) {
        if (frame < 0 || frame >= states.length || states[(int) frame] == 0) {
            return null;
        }
        int code = states[(int) frame] - 1;
        return TcpStatePair.of(BY_ORDINAL[code / STATES], BY_ORDINAL[code % STATES]);
    }
}
