package dev.wirecheck.stack.tcp;

/**
 * The state of both ends of one TCP connection after a frame (RFC 9293 §3.3.2): the DUT's, as
 * the tracker follows it, and its peer's. The 144 possible pairs are made once, so handing one
 * out allocates nothing.
 */
public record TcpStatePair(TcpState dut, TcpState peer) {
    private static final TcpState[] STATES = TcpState.values();
    private static final TcpStatePair[] ALL = new TcpStatePair[STATES.length * STATES.length];

    static {
        for (TcpState d : STATES) {
            for (TcpState p : STATES) {
                ALL[d.ordinal() * STATES.length + p.ordinal()] = new TcpStatePair(d, p);
            }
        }
    }

    public static TcpStatePair of(TcpState dut, TcpState peer) {
        return ALL[dut.ordinal() * STATES.length + peer.ordinal()];
    }

    /** RFC 9293's spelling: SYN-RECEIVED, FIN-WAIT-1, TIME-WAIT. */
    public static String rfcName(TcpState s) {
        return s.name().replace('_', '-');
    }
}
