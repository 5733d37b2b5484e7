package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.parsers.hand.Udp;
import dev.wirecheck.wire.Bytes;

import java.util.Arrays;

/**
 * The identity of an IP packet a peer sent, kept so that a later DUT frame can be recognised
 * as its answer: an echo reply with its identifier and sequence, an ICMP error quoting it,
 * or a UDP/TCP segment with the ports swapped. It points into the stimulus frame's own byte
 * array (frames own their arrays), so taking one copies nothing.
 */
public final class Stimulus {
    private final byte[] b;
    private final boolean v6;
    private final int srcAt, dstAt;
    private final int ipId;
    private final int protocol;
    private final int sport, dport;
    private final int echoId, echoSeq;
    public final long frame;

    private Stimulus(DecodedFrame f) {
        b = f.bytes();
        frame = f.frame().number();
        Ipv4 ip4 = f.ipv4();
        if (ip4 != null) {
            v6 = false;
            srcAt = ip4.srcOffset();
            dstAt = ip4.dstOffset();
            ipId = ip4.identification();
            protocol = ip4.protocol();
        } else {
            Ipv6 ip6 = f.ipv6();
            v6 = true;
            srcAt = ip6.srcOffset();
            dstAt = ip6.dstOffset();
            ipId = -1;
            protocol = ip6.upperProtocol();
        }
        if (f.udp() != null) {
            sport = f.udp().srcPort();
            dport = f.udp().dstPort();
        } else if (f.tcp() != null) {
            sport = f.tcp().srcPort();
            dport = f.tcp().dstPort();
        } else {
            sport = dport = -1;
        }
        if (f.icmpv4() != null && f.icmpv4().type() == Icmpv4.ECHO_REQUEST) {
            echoId = f.icmpv4().identifier();
            echoSeq = f.icmpv4().sequence();
        } else if (f.icmpv6() != null && f.icmpv6().type() == Icmpv6.ECHO_REQUEST && f.icmpv6().complete()) {
            echoId = f.icmpv6().identifier();
            echoSeq = f.icmpv6().sequence();
        } else {
            echoId = echoSeq = -1;
        }
    }

    /** The stimulus identity of an IP frame, or null when the frame carries no IP packet. */
    public static Stimulus of(DecodedFrame f) {
        return f.ipv4() == null && f.ipv6() == null ? null : new Stimulus(f);
    }

    /**
     * The layers every DUT frame that {@link #answeredBy} (or {@link #repliedBy}, {@link #erroredBy})
     * can accept has: an IP header of the stimulus's version. For {@link Expectation#dutKinds}.
     */
    public long answerKinds() {
        return Expectation.kinds(v6 ? DecodedFrame.Kind.IPV6 : DecodedFrame.Kind.IPV4);
    }

    /**
     * Keys ({@link AnswerKeys}) of which every frame that {@link #repliedBy} accepts carries one:
     * for {@link Expectation#dutKeys} of an expectation only a reply settles. Empty when no
     * frame can be a reply (the stimulus is neither an echo request nor UDP or TCP).
     */
    public long[] replyKeys() {
        long[] keys = new long[2];
        int n = 0;
        if (echoId >= 0) {
            keys[n++] = AnswerKeys.echo(v6, echoId, echoSeq);
        }
        if (sport >= 0 && (protocol == 17 || protocol == 6)) {
            keys[n++] = AnswerKeys.ports(protocol, dport, sport);
        }
        return Arrays.copyOf(keys, n);
    }

    /**
     * As {@link #replyKeys} for {@link #answeredBy}: the reply keys plus those of an error quoting
     * the stimulus, as {@link #erroredBy} matches it: its ports; and for ICMPv4 its protocol and
     * identification, for ICMPv6 (whose quoted header has no identification) its addresses.
     */
    public long[] answerKeys() {
        long[] reply = replyKeys();
        long[] keys = Arrays.copyOf(reply, reply.length + 2);
        int n = reply.length;
        // an error quoting the ports is keyed by them; one whose quote has no UDP or TCP header, over
        // IPv6, by the addresses (AnswerKeys.of), over IPv4 by the identification
        keys[n++] = v6 ? AnswerKeys.errorV6(b, srcAt, dstAt) : AnswerKeys.errorId(protocol, ipId);
        if (sport >= 0) {
            keys[n++] = AnswerKeys.errorPorts(sport, dport);
        }
        return Arrays.copyOf(keys, n);
    }

    public boolean isEchoRequest() {
        return echoId >= 0;
    }

    /** True when the DUT frame answers this stimulus in any way a host answers a packet. */
    public boolean answeredBy(DecodedFrame d) {
        return repliedBy(d) || erroredBy(d);
    }

    /** An echo reply to this echo request, or a UDP/TCP segment back from the addressed port. */
    public boolean repliedBy(DecodedFrame d) {
        if (!towardsSource(d)) {
            return false;
        }
        if (echoId >= 0) {
            if (!v6 && d.icmpv4() != null && d.icmpv4().type() == Icmpv4.ECHO_REPLY) {
                return d.icmpv4().identifier() == echoId && d.icmpv4().sequence() == echoSeq;
            }
            if (v6 && d.icmpv6() != null && d.icmpv6().type() == Icmpv6.ECHO_REPLY && d.icmpv6().complete()) {
                return d.icmpv6().identifier() == echoId && d.icmpv6().sequence() == echoSeq;
            }
        }
        if (sport >= 0) {
            if (d.udp() != null && protocol == 17) {
                return d.udp().srcPort() == dport && d.udp().dstPort() == sport;
            }
            if (d.tcp() != null && protocol == 6) {
                return d.tcp().srcPort() == dport && d.tcp().dstPort() == sport;
            }
        }
        return false;
    }

    /** An ICMP or ICMPv6 error that quotes this stimulus. */
    public boolean erroredBy(DecodedFrame d) {
        if (!towardsSource(d)) {
            return false;
        }
        if (!v6) {
            Ipv4 q = d.quotedIpv4();
            return d.icmpv4() != null && d.icmpv4().isError() && q != null
                    && Bytes.equal(b, srcAt, q.bytes(), q.srcOffset(), 4)
                    && Bytes.equal(b, dstAt, q.bytes(), q.dstOffset(), 4) && q.protocol() == protocol
                    && (q.identification() == ipId || sameQuotedPorts(d));
        }
        Ipv6 q = d.quotedIpv6();
        return d.icmpv6() != null && d.icmpv6().isError() && q != null
                && Net.v6Equal(b, srcAt, q.bytes(), q.srcOffset()) && Net.v6Equal(b, dstAt, q.bytes(), q.dstOffset())
                && quoteNamesThisPacket(d);
    }

    /**
     * What an ICMPv6 error quotes past the addresses is this stimulus's: its UDP or TCP ports, or
     * its echo identifier and sequence. An IPv6 header has no identification, so on addresses
     * alone one error would answer every pending stimulus between the same two hosts (a port
     * unreachable for port 6002 passed the datagrams to 6000 and 6001 as well). A quote cut
     * before the upper-layer header can only be matched by its addresses.
     */
    private boolean quoteNamesThisPacket(DecodedFrame d) {
        Udp qu = d.quotedUdp();
        if (qu != null) {
            return protocol == 17 && qu.srcPort() == sport && qu.dstPort() == dport;
        }
        Tcp qt = d.quotedTcp();
        if (qt != null) {
            return protocol == 6 && qt.srcPort() == sport && qt.dstPort() == dport;
        }
        Icmpv6 qe = d.quotedIcmpv6();
        if (qe != null) {
            if (protocol != 58) {
                return false;
            }
            if (echoId < 0) {
                return true; // an ICMPv6 stimulus other than an echo request: addresses and protocol are all there is
            }
            return qe.type() == Icmpv6.ECHO_REQUEST
                    && (!qe.complete() || (qe.identifier() == echoId && qe.sequence() == echoSeq));
        }
        return true;
    }

    /**
     * The quoted UDP or TCP ports are the stimulus's: identifies the quoted datagram when the
     * error changed the quoted IP header (which RFC1122-3.2.2-quote-unchanged then reports).
     */
    private boolean sameQuotedPorts(DecodedFrame d) {
        if (sport < 0) {
            return false;
        }
        if (d.quotedUdp() != null) {
            return d.quotedUdp().srcPort() == sport && d.quotedUdp().dstPort() == dport;
        }
        return d.quotedTcp() != null && d.quotedTcp().srcPort() == sport && d.quotedTcp().dstPort() == dport;
    }

    /** Where the stimulus's IP header starts in its frame, and the frame's bytes (for comparisons). */
    public int ipOffset() {
        return srcAt - (v6 ? 8 : 12);
    }

    public byte[] bytes() {
        return b;
    }

    /** The frame is an IP packet of the same version addressed to this stimulus's source. */
    private boolean towardsSource(DecodedFrame d) {
        if (!v6) {
            Ipv4 ip = d.ipv4();
            return ip != null && Bytes.equal(b, srcAt, ip.bytes(), ip.dstOffset(), 4);
        }
        Ipv6 ip = d.ipv6();
        return ip != null && Net.v6Equal(b, srcAt, ip.bytes(), ip.dstOffset());
    }
}
