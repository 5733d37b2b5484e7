package dev.wirecheck.stack.tcp;

/**
 * The DUT's state of one connection (RFC 9293 §3.3.2), as far as the capture shows it. LISTEN
 * is the state of a connection the peer opened with a SYN the DUT has not answered yet.
 */
public enum TcpState {
    LISTEN, SYN_SENT, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT,
    CLOSED;

    /** A synchronised state (RFC 9293 §3.5.2 group 3): both ISNs are known to both sides. */
    public boolean synchronised() {
        return ordinal() >= ESTABLISHED.ordinal() && this != CLOSED;
    }
}
