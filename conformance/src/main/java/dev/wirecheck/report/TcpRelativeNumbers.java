package dev.wirecheck.report;

import dev.wirecheck.check.FrameRecord;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.wire.Frame;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * TCP sequence and acknowledgment numbers relative to each side's initial sequence number, as
 * Wireshark shows them: a ladder reads "seq=1 ack=1" instead of ten-digit numbers. The ISN of a
 * direction is the sequence number of its SYN; when the capture holds no SYN from that side
 * (it starts mid-connection, or the side answers a SYN with a bare RST) it is taken to be one
 * less than the first sequence number seen, so that segment reads seq=1 as in Wireshark. Frames are read as Ethernet (the link type of every capture the
 * checker reads today); a frame that is not TCP over Ethernet gets no label.
 *
 * <p>Feed the frames in capture order; {@link #label} or {@link #segment} must be called for every
 * TCP frame before the ones after it.
 */
final class TcpRelativeNumbers {
    private final Dissector dissector = new Dissector();
    private final Map<String, Long> isn = new HashMap<>();

    /**
     * A TCP frame as the ladder labels it: its relative numbers, e.g. "seq=1 ack=1 len=0", and its
     * connection, the same text for both directions.
     */
    record Segment(String numbers, String connection) {
    }

    /** "seq=1 ack=1 len=0" for a TCP frame, empty for any other. */
    Optional<String> label(FrameRecord f) {
        return segment(f).map(Segment::numbers);
    }

    /** The frame's relative numbers and connection, empty when it is not TCP. */
    Optional<Segment> segment(FrameRecord f) {
        DecodedFrame d = dissector.dissect(Frame.ethernet(f.bytes(), f.timestampNanos(), f.number()));
        if (!d.has(DecodedFrame.Kind.TCP)) {
            return Optional.empty();
        }
        Tcp tcp = d.tcp();
        String forward = flow(d, f.bytes(), tcp, false);
        String reverse = flow(d, f.bytes(), tcp, true);
        if (tcp.syn()) {
            isn.put(forward, tcp.seq()); // a new SYN starts a new connection on these ports
        }
        long mine = isn.computeIfAbsent(forward, k -> (tcp.seq() - 1) & 0xffff_ffffL);
        StringBuilder sb = new StringBuilder("seq=").append(relative(tcp.seq(), mine));
        if (tcp.ackFlag()) {
            Long theirs = isn.get(reverse);
            sb.append(" ack=").append(theirs == null ? tcp.ack() : relative(tcp.ack(), theirs));
        }
        sb.append(" len=").append(tcp.payloadLength());
        return Optional.of(new Segment(sb.toString(), forward.compareTo(reverse) < 0 ? forward : reverse));
    }

    private static long relative(long value, long base) {
        return (value - base) & 0xffff_ffffL;
    }

    /** Source address and port to destination address and port (or the reverse), as a map key. */
    private static String flow(DecodedFrame d, byte[] b, Tcp tcp, boolean reverse) {
        int src, dst, len;
        if (d.has(DecodedFrame.Kind.IPV4)) {
            src = d.ipv4().srcOffset();
            dst = d.ipv4().dstOffset();
            len = 4;
        } else {
            src = d.ipv6().srcOffset();
            dst = d.ipv6().dstOffset();
            len = 16;
        }
        String a = Arrays.toString(Arrays.copyOfRange(b, src, src + len)) + ":" + tcp.srcPort();
        String z = Arrays.toString(Arrays.copyOfRange(b, dst, dst + len)) + ":" + tcp.dstPort();
        return reverse ? z + ">" + a : a + ">" + z;
    }
}
