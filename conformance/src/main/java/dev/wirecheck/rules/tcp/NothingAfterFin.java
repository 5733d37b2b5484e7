package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.Seq;
import dev.wirecheck.stack.tcp.TcpConnection;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * FIN is "a control bit (finis) occupying one sequence number, which indicates that the sender
 * will send no more data or control occupying sequence space" (§4), and a SEND in FIN-WAIT-1 and
 * later states is answered "error: connection closing" without being serviced (§3.10.2). Once
 * the DUT has sent its FIN at sequence F, each later segment either retransmits it (data ending
 * at F, FIN at F) or continues at F+1 without data and without FIN. Three faults show in a
 * capture: data past F, a second FIN at another sequence number (§3.10.4: "as long as a second
 * FIN is not emitted"), and a segment at F without FIN, which means the FIN was not counted as
 * one sequence number (a keep-alive at F after the FIN was acknowledged is not such a segment).
 * The statements carry no RFC 2119 keyword; recorded as no keyword.
 */
@Rule(id = "RFC9293-3.10.2-nothing-after-fin", rfc = 9293, section = "3.10.2", level = NO_KEYWORD, protocol = "TCP",
        summary = "After its FIN the DUT sends no data, no second FIN, and counts the FIN as one sequence number")
public final class NothingAfterFin extends TcpSegmentRule {
    @Override
    boolean applies(Tcp t, TcpConnection c) {
        return c.dut().finSeq() >= 0 && !t.rst() && !t.syn();
    }

    @Override
    String violation(Tcp t, TcpConnection c) {
        long fin = c.dut().finSeq();
        long dataEnd = Seq.add(t.seq(), t.payloadLength());
        String sentIn = " (FIN at relative sequence " + c.dut().relative(fin) + ")";
        if (t.payloadLength() > 0 && Seq.lt(fin, dataEnd)) {
            return "data up to relative sequence " + c.dut().relative(dataEnd) + " after the DUT's FIN" + sentIn;
        }
        if (t.fin() && dataEnd != fin) {
            return "a second FIN at relative sequence " + c.dut().relative(dataEnd) + sentIn;
        }
        if (!t.fin() && t.payloadLength() == 0 && t.seq() == fin && !keepAliveStyle(t, c, fin)) {
            return "segment at the FIN's own sequence number without FIN: the FIN was not counted as one"
                    + " sequence number" + sentIn;
        }
        return null;
    }

    /**
     * Once the peer acknowledged the FIN, SND.UNA - 1 = F, where a keep-alive or zero-window probe
     * may sit (§3.8.4); such a probe acknowledges nothing new. An ACK that does acknowledge new
     * peer data at F still shows the FIN was not counted.
     */
    private static boolean keepAliveStyle(Tcp t, TcpConnection c, long fin) {
        boolean finAcked = c.peer().ackSeen() && Seq.lt(fin, c.peer().lastAck());
        boolean acksNew = t.ackFlag() && c.dut().ackSeen() && Seq.lt(c.dut().lastAck(), t.ack());
        return finAcked && !acksNew;
    }
}
