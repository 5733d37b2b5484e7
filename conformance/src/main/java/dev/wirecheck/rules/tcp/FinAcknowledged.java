package dev.wirecheck.rules.tcp;

import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.TcpConnection;
import dev.wirecheck.stack.tcp.TcpState;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * "If the FIN bit is set, signal the user "connection closing" and return any pending RECEIVEs
 * with same message, advance RCV.NXT over the FIN, and send an acknowledgment for the FIN." The
 * peer's first FIN gets ACK = FIN sequence + 1. The sentence has no RFC 2119 keyword; it is the
 * processing the RFC prescribes, recorded as no keyword. A RST instead is an abort (inconclusive).
 */
@Rule(id = "RFC9293-3.10.7.4-fin-acknowledged", rfc = 9293, section = "3.10.7.4", level = NO_KEYWORD, protocol = "TCP",
        summary = "The peer's FIN is acknowledged with ACK = its sequence number + 1 (FIN counts as one)")
public final class FinAcknowledged extends FinAckRule {
    @Override
    boolean judges(TcpConnection c) {
        return c.peer().finSeq() < 0 && c.state() != TcpState.TIME_WAIT;
    }

    @Override
    boolean resetFails() {
        return false;
    }
}
