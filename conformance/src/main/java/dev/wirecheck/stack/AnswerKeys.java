package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.stack.dns.DnsClientModel;

/**
 * Flow keys of a DUT frame as an answer: an echo reply's identifier and sequence, a UDP or TCP
 * segment's ports, an ICMPv4 error's quoted IP identification (with protocol) and quoted ports,
 * an ICMPv6 error's quoted addresses;
 * and keys of what the DUT does next: the IPv4 address it sends to, whether it sends a DNS query,
 * whether it sends to an address DNS gave it ({@link #resolvedDestination}, which depends on
 * what the DUT learned, so it is asked apart).
 * {@link Stimulus#replyKeys} and {@link Stimulus#answerKeys} give the keys its answers can
 * carry, so an expectation waiting for the answer to one stimulus is offered only DUT frames
 * sharing a key with it (see {@link Expectation#dutKeys}). Longs: no allocation per frame.
 */
public final class AnswerKeys {
    /** The most keys one frame can have ({@link #of} and {@link #resolvedDestination}); a real frame has at most four. */
    static final int MAX = 10;
    private static final long ECHO_V4 = 1, ECHO_V6 = 2, UDP = 3, TCP = 4, ERROR_ID = 5, ERROR_PORTS = 6, TO_V4 = 7,
            ERROR_V6 = 10;
    /** The key of every DNS query the DUT sends ({@link DnsClientModel#isQuery}). */
    public static final long DNS_QUERY = pack(8, 0, 0);
    /** The key of every IPv4 frame the DUT sends to an address a DNS answer gave it ({@link DnsClientModel#resolvedTo}). */
    public static final long TO_RESOLVED_V4 = pack(9, 0, 0);

    private AnswerKeys() {
    }

    /**
     * Writes the keys of a DUT frame into {@code out} (room for {@link #MAX}); returns how many.
     * Each layer is asked on its own, so a frame carries every key a stimulus could match it by.
     */
    public static int of(DecodedFrame d, long[] out) {
        int n = 0;
        Icmpv4 m4 = d.icmpv4();
        if (m4 != null && m4.type() == Icmpv4.ECHO_REPLY) {
            out[n++] = echo(false, m4.identifier(), m4.sequence());
        }
        Icmpv6 m6 = d.icmpv6();
        if (m6 != null && m6.type() == Icmpv6.ECHO_REPLY && m6.complete()) {
            out[n++] = echo(true, m6.identifier(), m6.sequence());
        }
        if (d.udp() != null) {
            out[n++] = ports(17, d.udp().srcPort(), d.udp().dstPort());
        }
        if (d.tcp() != null) {
            out[n++] = ports(6, d.tcp().srcPort(), d.tcp().dstPort());
        }
        Ipv4 q = d.quotedIpv4();
        if (m4 != null && m4.isError() && q != null) {
            out[n++] = errorId(q.protocol(), q.identification());
            if (quotesPorts(d)) {
                out[n++] = quotedPorts(d);
            }
        }
        Ipv6 q6 = d.quotedIpv6();
        if (m6 != null && m6.isError() && q6 != null) {
            // the ports when quoted (Stimulus.erroredBy then compares them), else the addresses
            out[n++] = quotesPorts(d) ? quotedPorts(d) : errorV6(q6.bytes(), q6.srcOffset(), q6.dstOffset());
        }
        if (d.ipv4() != null) {
            out[n++] = toV4(d.ipv4().dst());
        }
        if (DnsClientModel.isQuery(d)) {
            out[n++] = DNS_QUERY;
        }
        return n;
    }

    /**
     * {@link #TO_RESOLVED_V4} when the frame goes to an IPv4 address the DUT learned from a DNS
     * answer, written at {@code out[n]}; returns the new count.
     */
    static int resolvedDestination(DecodedFrame d, DnsClientModel dns, long[] out, int n) {
        if (d.ipv4() != null && dns.resolvedTo(d.ipv4().dst())) {
            out[n++] = TO_RESOLVED_V4;
        }
        return n;
    }

    /**
     * An ICMPv6 error quoting a packet from {@code srcAt} to {@code dstAt} (16-byte addresses in
     * {@code b}) and no UDP or TCP header: a hash of the two addresses, which is what such an
     * error is matched by. Packets whose addresses collide only share a key, which costs an offer
     * and misses nothing.
     */
    static long errorV6(byte[] b, int srcAt, int dstAt) {
        long h = Net.hi(b, srcAt) * 31 + Net.lo(b, srcAt);
        h = (h * 31 + Net.hi(b, dstAt)) * 31 + Net.lo(b, dstAt);
        int folded = Long.hashCode(h);
        return pack(ERROR_V6, folded >>> 16, folded);
    }

    /** The key of an IPv4 frame to this address. */
    public static long toV4(int address) {
        return pack(TO_V4, address >>> 16, address);
    }

    private static boolean quotesPorts(DecodedFrame d) {
        return d.quotedUdp() != null || d.quotedTcp() != null;
    }

    /** The {@link #errorPorts} key of the quoted UDP or TCP header (there is one). */
    private static long quotedPorts(DecodedFrame d) {
        return d.quotedUdp() != null ? errorPorts(d.quotedUdp().srcPort(), d.quotedUdp().dstPort())
                : errorPorts(d.quotedTcp().srcPort(), d.quotedTcp().dstPort());
    }

    /** An echo reply's key. */
    static long echo(boolean v6, int identifier, int sequence) {
        return pack(v6 ? ECHO_V6 : ECHO_V4, identifier, sequence);
    }

    /** The key of a UDP (17) or TCP (6) segment from port {@code src} to port {@code dst}. */
    static long ports(int protocol, int src, int dst) {
        return pack(protocol == 17 ? UDP : TCP, src, dst);
    }

    /** An ICMPv4 error quoting a datagram of this protocol and IP identification. */
    static long errorId(int protocol, int identification) {
        return pack(ERROR_ID, protocol, identification);
    }

    /** An ICMPv4 error quoting a UDP or TCP header with these ports. */
    static long errorPorts(int src, int dst) {
        return pack(ERROR_PORTS, src, dst);
    }

    private static long pack(long tag, int a, int b) {
        return tag << 32 | (long) (a & 0xffff) << 16 | (b & 0xffff);
    }
}
