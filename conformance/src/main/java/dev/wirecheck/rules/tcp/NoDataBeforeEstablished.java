package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.TcpConnection;
import dev.wirecheck.stack.tcp.TcpState;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * SEND call, "SYN-SENT STATE, SYN-RECEIVED STATE: Queue the data for transmission after entering
 * ESTABLISHED state." A DUT segment without SYN that carries data while its SYN is not yet
 * acknowledged (SYN-RECEIVED) or while it still waits for the peer's SYN (SYN-SENT) breaks it.
 * Two cases are allowed and not judged: data on a SYN or SYN-ACK ("it is legal to send and
 * receive application data on SYN segments", §3.10.7.3, TCP Fast Open), and data on the ACK
 * that completes an active open ("Data or controls that were queued for transmission MAY be
 * included", §3.10.7.3), which the tracker still shows as SYN-SENT when the rule reads it. The
 * sentence has no RFC 2119 keyword; it is processing the RFC prescribes, recorded as no keyword.
 */
@Rule(id = "RFC9293-3.10.2-no-data-before-established", rfc = 9293, section = "3.10.2", level = NO_KEYWORD,
        protocol = "TCP", summary = "No data on a non-SYN segment before the connection is ESTABLISHED")
public final class NoDataBeforeEstablished extends TcpSegmentRule {
    @Override
    boolean applies(Tcp t, TcpConnection c) {
        return t.payloadLength() > 0 && !t.syn() && !t.rst();
    }

    @Override
    String violation(Tcp t, TcpConnection c) {
        TcpState s = c.state();
        boolean handshakeAck = s == TcpState.SYN_SENT && c.peer().synSeen() && t.ackFlag();
        if (handshakeAck || !(s == TcpState.SYN_SENT || s == TcpState.SYN_RECEIVED || s == TcpState.LISTEN)) {
            return null;
        }
        return t.payloadLength() + " bytes of data in state " + s + ": "
                + (s == TcpState.SYN_SENT ? "the peer's SYN has not arrived"
                : "the peer has not acknowledged the DUT's SYN (frame " + c.dut().synFrame() + ")");
    }
}
