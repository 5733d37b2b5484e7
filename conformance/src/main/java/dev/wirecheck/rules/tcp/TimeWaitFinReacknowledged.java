package dev.wirecheck.rules.tcp;

import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.TcpConnection;
import dev.wirecheck.stack.tcp.TcpState;

import static dev.wirecheck.check.Level.MUST;

/**
 * "When a connection is closed actively, it MUST linger in the TIME-WAIT state for a time 2xMSL
 * (Maximum Segment Lifetime) (MUST-13)." What a capture shows of that lingering is the TIME-WAIT
 * processing of §3.10.7.4: "The only thing that can arrive in this state is a retransmission of
 * the remote FIN. Acknowledge it, and restart the 2 MSL timeout." The side that closed first is in
 * TIME-WAIT after the peer's FIN; a retransmitted FIN there (its ACK was lost) gets the ACK again.
 * A RST, or silence, shows the DUT dropped the connection instead of lingering.
 */
@Rule(id = "RFC9293-3.6.1-time-wait", rfc = 9293, section = "3.6.1", level = MUST, protocol = "TCP",
        summary = "The side that closed first lingers in TIME-WAIT: a retransmitted peer FIN is acknowledged again")
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
