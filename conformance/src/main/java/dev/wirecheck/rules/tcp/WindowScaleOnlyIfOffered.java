package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.TcpConnection;

import static dev.wirecheck.check.Level.MAY;

/**
 * "It MAY also be sent in a <SYN,ACK> segment, but only if a Window Scale option was received
 * in the initial <SYN> segment": a SYN-ACK with WS answering a SYN without it breaks the rule,
 * and so does WS on a segment without SYN, where the option means nothing (§2.2 defines it for SYNs only).
 */
@Rule(id = "RFC7323-2.2-ws-only-if-offered", rfc = 7323, section = "2.2", level = MAY, protocol = "TCP",
        summary = "Window Scale only on SYN, and on SYN-ACK only when the SYN carried it")
public final class WindowScaleOnlyIfOffered extends TcpSegmentRule {
    @Override
    boolean applies(Tcp t, TcpConnection c) {
        return t.windowScale() >= 0 || (t.syn() && t.ackFlag() && c.peer().windowScale() >= 0);
    }

    @Override
    String violation(Tcp t, TcpConnection c) {
        if (t.windowScale() < 0) {
            return null;
        }
        if (!t.syn()) {
            return "Window Scale option on a segment without SYN";
        }
        if (t.ackFlag() && c.peer().synSeen() && c.peer().windowScale() < 0) {
            return "SYN-ACK carries Window Scale though the SYN in frame " + c.peer().synFrame() + " did not";
        }
        return null;
    }
}
