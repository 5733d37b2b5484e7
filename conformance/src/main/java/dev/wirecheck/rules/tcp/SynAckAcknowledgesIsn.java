package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.Seq;
import dev.wirecheck.stack.tcp.TcpConnection;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * LISTEN state, third check (event processing, no keyword): the answer to a SYN is
 * <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>, RCV.NXT = SEG.SEQ+1.
 */
@Rule(id = "RFC9293-3.10.7.2-synack-ack", rfc = 9293, section = "3.10.7.2", level = NO_KEYWORD, protocol = "TCP",
        summary = "The SYN-ACK acknowledges the peer's ISN + 1")
public final class SynAckAcknowledgesIsn extends TcpSegmentRule {
    @Override
    boolean applies(Tcp t, TcpConnection c) {
        return t.syn() && t.ackFlag() && c.peer().synSeen() && !c.dut().synSeen();
    }

    @Override
    String violation(Tcp t, TcpConnection c) {
        long expected = Seq.add(c.peer().isn(), 1);
        return t.ack() == expected ? null
                : "SYN-ACK acknowledges " + t.ack() + ", the peer's ISN + 1 is " + expected + " (SYN in frame "
                + c.peer().synFrame() + ")";
    }
}
