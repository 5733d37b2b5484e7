package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.TcpConnection;

import static dev.wirecheck.check.Level.MUST;

/**
 * Eff.snd.MSS = min(SendMSS+20, MMS_S) − TCPhdrsize − IPoptionsize: data plus TCP options stay
 * within the MSS the peer announced, or 536 (IPv4) / 1220 (IPv6, RFC 6691 §2) when it announced none.
 */
@Rule(id = "RFC9293-3.7.1-mss-limit", rfc = 9293, section = "3.7.1", level = MUST, protocol = "TCP",
        summary = "No segment carries more than the peer's MSS (data plus TCP options)")
public final class SegmentWithinMss extends TcpSegmentRule {
    /** The TCP header without options (RFC 9293 §3.1). */
    private static final int FIXED_HEADER = 20;

    @Override
    boolean applies(Tcp t, TcpConnection c) {
        return t.payloadLength() > 0 && c.peer().synSeen();
    }

    @Override
    String violation(Tcp t, TcpConnection c) {
        int size = t.payloadLength() + t.headerLength() - FIXED_HEADER;
        return size <= c.peerMss() ? null
                : size + " bytes of data and options exceed the peer's MSS " + c.peerMss()
                + (c.peer().mss() < 0 ? " (default: no MSS option in frame " + c.peer().synFrame() + ")"
                : " (SYN in frame " + c.peer().synFrame() + ")");
    }
}
