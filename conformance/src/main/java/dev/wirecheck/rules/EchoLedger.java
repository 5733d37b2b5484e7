package dev.wirecheck.rules;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.stack.Net;

import java.util.HashMap;
import java.util.Map;

/**
 * The echo requests peers sent and no reply has answered yet, keyed by requester, identifier
 * and sequence number, so a DUT's echo reply can be matched to its request and compared with
 * it. Entries point into the request frames' own arrays. A request stays in the ledger after
 * its reply (a repeated request gets a repeated reply); replies more than a minute after
 * their request are not matched, and a ledger past 100,000 entries starts afresh.
 */
public final class EchoLedger {
    private static final long FORGET = 60_000_000_000L;

    /** A request: its frame bytes and where its IP destination and echo data lie. */
    public record Request(long frame, long time, byte[] bytes, int dstAt, int dataAt, int dataLength, boolean toMulticast) {
    }

    private final Map<Key, Request> open = new HashMap<>();

    /** Records a peer echo request (ICMPv4 type 8 or ICMPv6 type 128) that is not a fragment. */
    public void request(DecodedFrame f) {
        Key key = key(f, true);
        if (key == null) {
            return;
        }
        if (open.size() > 100_000) {
            open.clear(); // a flood without replies: the ledger is bounded, old requests go
        }
        byte[] b = f.bytes();
        if (f.icmpv4() != null) {
            Ipv4 ip = f.ipv4();
            int dst = ip.dst();
            open.put(key, new Request(f.frame().number(), f.frame().timestampNanos(), b, ip.dstOffset(),
                    f.icmpv4().bodyOffset(), f.icmpv4().bodyLength(), Net.v4Multicast(dst) || dst == -1));
        } else {
            Ipv6 ip = f.ipv6();
            open.put(key, new Request(f.frame().number(), f.frame().timestampNanos(), b, ip.dstOffset(),
                    f.icmpv6().bodyOffset(), f.icmpv6().bodyLength(), ip.dstIsMulticast()));
        }
    }

    /** The request a DUT echo reply answers, or null. */
    public Request answer(DecodedFrame reply) {
        Key key = key(reply, false);
        if (key == null) {
            return null;
        }
        Request r = open.get(key);
        return r == null || reply.frame().timestampNanos() - r.time() > FORGET ? null : r;
    }

    /**
     * Peer, identifier and sequence number of an echo request (peer = its source) or reply
     * (peer = its destination); an IPv4 peer is {@code hi} with {@code lo} zero. A record, not a
     * string: requests and replies are keyed at every echo frame.
     */
    private record Key(boolean v6, long hi, long lo, int id, int seq) {
    }

    /** The frame's key, or null when it is not the expected kind of echo message. */
    private static Key key(DecodedFrame f, boolean request) {
        byte[] b = f.bytes();
        Icmpv4 i4 = f.icmpv4();
        if (i4 != null && f.ipv4() != null && !f.ipv4().isFragment()
                && i4.type() == (request ? Icmpv4.ECHO_REQUEST : Icmpv4.ECHO_REPLY)) {
            int peer = request ? f.ipv4().src() : f.ipv4().dst();
            return new Key(false, peer, 0, i4.identifier(), i4.sequence());
        }
        Icmpv6 i6 = f.icmpv6();
        if (i6 != null && i6.complete() && !f.ipv6().isFragment()
                && i6.type() == (request ? Icmpv6.ECHO_REQUEST : Icmpv6.ECHO_REPLY)) {
            int at = request ? f.ipv6().srcOffset() : f.ipv6().dstOffset();
            return new Key(true, Net.hi(b, at), Net.lo(b, at), i6.identifier(), i6.sequence());
        }
        return null;
    }
}
