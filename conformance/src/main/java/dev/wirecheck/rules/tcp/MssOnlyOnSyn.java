package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.TcpConnection;

import static dev.wirecheck.check.Level.MUST_NOT;

/**
 * RFC 9293 §3.2, Maximum Segment Size: "This field may be sent in the initial connection request
 * (i.e., in segments with the SYN control bit set) and MUST NOT be sent in other segments (MUST-65)."
 */
@Rule(id = "RFC9293-3.2-mss-syn-only", rfc = 9293, section = "3.2", level = MUST_NOT, protocol = "TCP",
        summary = "The MSS option is sent only on SYN segments")
public final class MssOnlyOnSyn extends TcpSegmentRule {
    @Override
    String violation(Tcp t, TcpConnection c) {
        return t.syn() || t.mss() < 0 ? null : "MSS option " + t.mss() + " on a segment without SYN";
    }
}
