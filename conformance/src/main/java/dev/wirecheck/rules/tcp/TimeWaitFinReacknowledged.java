package dev.wirecheck.rules.tcp;

import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.TcpConnection;
import dev.wirecheck.stack.tcp.TcpState;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * TIME-WAIT, fifth step: "The only thing that can arrive in this state is a retransmission of the
 * remote FIN. Acknowledge it, and restart the 2 MSL timeout." The side that closed first is in
 * TIME-WAIT after the peer's FIN; a retransmitted FIN there (its ACK was lost) gets the ACK again,
 * not a RST (which would show the DUT dropped the connection instead of lingering, MUST-13).
 * No RFC 2119 keyword in the sentence; recorded as no keyword.
 */
@Rule(id = "RFC9293-3.10.7.4-time-wait-fin", rfc = 9293, section = "3.10.7.4", level = NO_KEYWORD, protocol = "TCP",
        summary = "In TIME-WAIT a retransmitted peer FIN is acknowledged again")
public final class TimeWaitFinReacknowledged extends FinAckRule {
    @Override
    boolean judges(TcpConnection c) {
        return c.state() == TcpState.TIME_WAIT;
    }

    @Override
    boolean resetFails() {
        return true;
    }
}
