package dev.wirecheck.stack.tcp;

/**
 * The DUT's state of one connection (RFC 9293 §3.3.2), as far as the capture shows it. LISTEN
 * is the state of a connection the peer opened with a SYN the DUT has not answered yet.
 */
public enum TcpState {
    LISTEN, SYN_SENT, SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT,
    CLOSED;

    /** After this end sends its FIN (RFC 9293 §3.3.2, figure 5: CLOSE in ESTABLISHED or CLOSE-WAIT). */
    public TcpState afterSendingFin() {
        return switch (this) {
            case ESTABLISHED, SYN_RECEIVED -> FIN_WAIT_1;
            case CLOSE_WAIT -> LAST_ACK;
            default -> this;
        };
    }

    /** After the other end acknowledges this end's FIN (figure 5: "rcv ACK of FIN"). */
    public TcpState afterFinAcknowledged() {
        return switch (this) {
            case FIN_WAIT_1 -> FIN_WAIT_2;
            case CLOSING -> TIME_WAIT;
            case LAST_ACK -> CLOSED;
            default -> this;
        };
    }

    /** After this end receives the other end's FIN (figure 5: "rcv FIN"). */
    public TcpState afterReceivingFin() {
        return switch (this) {
            case ESTABLISHED, SYN_RECEIVED -> CLOSE_WAIT;
            case FIN_WAIT_1 -> CLOSING;
            case FIN_WAIT_2 -> TIME_WAIT;
            default -> this;
        };
    }

    /** A synchronised state (RFC 9293 §3.5.2 group 3): both ISNs are known to both sides. */
    public boolean synchronised() {
        return ordinal() >= ESTABLISHED.ordinal() && this != CLOSED;
    }
}
