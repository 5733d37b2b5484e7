package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.TcpConnection;

import static dev.wirecheck.check.Level.MUST;

/**
 * "Once TSopt has been successfully negotiated, that is both <SYN> and <SYN,ACK> contain
 * TSopt, the TSopt MUST be sent in every non-<RST> segment for the duration of the connection."
 * Only that MUST is judged here: the same section's "MAY send a TSopt in <SYN,ACK> only if it
 * received a TSopt in the initial <SYN>" is a permission, the construct RFC7323-2.2 reports at
 * MAY for Window Scale, and would be a MAY rule of its own.
 */
@Rule(id = "RFC7323-3.2-ts-consistent", rfc = 7323, section = "3.2", level = MUST, protocol = "TCP",
        summary = "Timestamps, once negotiated, are on every non-RST segment; never on a SYN-ACK to a SYN without them")
public final class TimestampsWhenNegotiated extends TcpSegmentRule {
    @Override
    boolean applies(Tcp t, TcpConnection c) {
        return !t.syn() && !t.rst() && c.timestamps();
    }

    @Override
    String violation(Tcp t, TcpConnection c) {
        return t.timestampOffset() >= 0 ? null : "no timestamp option though both SYNs negotiated it (SYN in frame "
                + c.peer().synFrame() + ", " + c.dut().synFrame() + ")";
    }
}
