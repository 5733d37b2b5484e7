package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.TcpConnection;
import dev.wirecheck.stack.tcp.TcpState;

import static dev.wirecheck.check.Level.MUST;

/** "If the SYN bit is set, irrespective of the sequence number, TCP MUST send an ACK (also referred to as challenge ACK)." */
@Rule(id = "RFC5961-4.2-syn-challenge", rfc = 5961, section = "4.2", level = MUST, protocol = "TCP",
        summary = "A SYN on a synchronised connection gets a challenge ACK, not a reset")
public final class SynInSynchronisedChallenged extends ChallengeAckRule {
    public SynInSynchronisedChallenged() {
        super("a SYN on a synchronised connection");
    }

    @Override
    boolean isChallenged(Tcp t, TcpConnection c) {
        return t.syn() && !t.rst() && c.state() != TcpState.TIME_WAIT;
    }
}
