package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv6;

/**
 * The flow key of a DUT frame as a reply: an echo reply's identifier and sequence, or a UDP
 * or TCP segment's ports. {@link Stimulus#replyKey} gives the key its replies carry, so an
 * expectation that waits for a reply to one stimulus is offered only DUT frames with that key
 * (see {@link Expectation#dutKey}). One long, no allocation.
 */
public final class ReplyKey {
    private static final long ECHO_V4 = 1, ECHO_V6 = 2, UDP = 3, TCP = 4;

    private ReplyKey() {
    }

    /** The key of a DUT frame, or {@link Expectation#NO_KEY} when it is no reply of those kinds. */
    public static long of(DecodedFrame d) {
        Icmpv4 m4 = d.icmpv4();
        if (m4 != null && m4.type() == Icmpv4.ECHO_REPLY) {
            return echo(false, m4.identifier(), m4.sequence());
        }
        Icmpv6 m6 = d.icmpv6();
        if (m6 != null && m6.type() == Icmpv6.ECHO_REPLY && m6.complete()) {
            return echo(true, m6.identifier(), m6.sequence());
        }
        if (d.udp() != null) {
            return ports(17, d.udp().srcPort(), d.udp().dstPort());
        }
        if (d.tcp() != null) {
            return ports(6, d.tcp().srcPort(), d.tcp().dstPort());
        }
        return Expectation.NO_KEY;
    }

    /** An echo reply's key. */
    static long echo(boolean v6, int identifier, int sequence) {
        return pack(v6 ? ECHO_V6 : ECHO_V4, identifier, sequence);
    }

    /** The key of a UDP (17) or TCP (6) segment from port {@code src} to port {@code dst}. */
    static long ports(int protocol, int src, int dst) {
        return pack(protocol == 17 ? UDP : TCP, src, dst);
    }

    private static long pack(long tag, int a, int b) {
        return tag << 32 | (long) (a & 0xffff) << 16 | (b & 0xffff);
    }
}
