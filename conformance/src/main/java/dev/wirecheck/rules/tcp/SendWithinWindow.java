package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.Seq;
import dev.wirecheck.stack.tcp.TcpConnection;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * "The sending TCP endpoint packages the data to be transmitted into segments that fit the
 * current window" (§3.8.6, no keyword; SHLD-15's SHOULD NOT covers only a shrunk window).
 * Data stays left of the right edge of the peer's last offered window (SND.UNA + SND.WND,
 * scaled when RFC 7323 window scaling is in force). One octet past a zero window is the
 * zero-window probe §3.8.6.1 asks for, not a violation.
 */
@Rule(id = "RFC9293-3.8.6-send-window", rfc = 9293, section = "3.8.6", level = NO_KEYWORD, protocol = "TCP",
        summary = "No data is sent beyond the peer's advertised window")
public final class SendWithinWindow extends TcpSegmentRule {
    @Override
    boolean applies(Tcp t, TcpConnection c) {
        return t.payloadLength() > 0 && !t.syn() && c.peer().ackSeen();
    }

    @Override
    String violation(Tcp t, TcpConnection c) {
        long edge = c.peerRightEdge();
        long end = Seq.add(t.seq(), t.payloadLength());
        if (Seq.le(end, edge)) {
            return null;
        }
        if (c.peerWindowBytes() == 0 && t.payloadLength() == 1 && t.seq() == edge) {
            return null;
        }
        return "data up to relative sequence " + c.dut().relative(end) + " passes the peer's right window edge "
                + c.dut().relative(edge) + " (window " + c.peerWindowBytes() + " bytes)";
    }
}
