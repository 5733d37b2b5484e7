package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.TcpConnection;

import static dev.wirecheck.check.Level.MUST;

/**
 * "Once TSopt has been successfully negotiated, that is both <SYN> and <SYN,ACK> contain
 * TSopt, the TSopt MUST be sent in every non-<RST> segment"; and a SYN-ACK carries TSopt only
 * when the SYN did (same section: "MAY send a TSopt in <SYN,ACK> only if it received a TSopt").
 */
@Rule(id = "RFC7323-3.2-ts-consistent", rfc = 7323, section = "3.2", level = MUST, protocol = "TCP",
        summary = "Timestamps, once negotiated, are on every non-RST segment; never on a SYN-ACK to a SYN without them")
public final class TimestampsWhenNegotiated extends TcpSegmentRule {
    @Override
    boolean applies(Tcp t, TcpConnection c) {
        boolean synAck = t.syn() && t.ackFlag();
        return synAck ? c.peer().synSeen() && (c.peer().timestamps() || t.timestampOffset() >= 0)
                : !t.syn() && !t.rst() && c.timestamps();
    }

    @Override
    String violation(Tcp t, TcpConnection c) {
        boolean has = t.timestampOffset() >= 0;
        if (t.syn()) {
            return has && !c.peer().timestamps()
                    ? "SYN-ACK carries timestamps though the SYN in frame " + c.peer().synFrame() + " did not" : null;
        }
        return has ? null : "no timestamp option though both SYNs negotiated it (SYN in frame "
                + c.peer().synFrame() + ", " + c.dut().synFrame() + ")";
    }
}
