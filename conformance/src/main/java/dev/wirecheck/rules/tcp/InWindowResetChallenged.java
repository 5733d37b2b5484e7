package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.TcpConnection;

import static dev.wirecheck.check.Level.MUST;

/** "If the RST bit is set and the sequence number does not exactly match RCV.NXT but is in the window, TCP MUST send an ACK (challenge ACK)." */
@Rule(id = "RFC5961-3.2-rst-challenge", rfc = 5961, section = "3.2", level = MUST, protocol = "TCP",
        summary = "An in-window RST that is not exactly at RCV.NXT gets a challenge ACK")
public final class InWindowResetChallenged extends ChallengeAckRule {
    public InWindowResetChallenged() {
        super("an in-window RST not at RCV.NXT");
    }

    @Override
    boolean isChallenged(Tcp t, TcpConnection c) {
        return t.rst() && t.seq() != c.peer().sndMax() && c.inDutReceiveWindow(t.seq());
    }
}
