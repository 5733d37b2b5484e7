package dev.wirecheck.rules;

import dev.wirecheck.check.Highlight;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

/** Small questions rules ask about a frame, answered without allocating. */
public final class Frames {
    private Frames() {
    }

    public static long number(DecodedFrame f) {
        return f.frame().number();
    }

    public static long time(DecodedFrame f) {
        return f.frame().timestampNanos();
    }

    /** Marks {@code length} bytes at {@code offset} of this frame. */
    public static Highlight mark(DecodedFrame f, int offset, int length) {
        return new Highlight(f.frame().number(), offset, Math.max(1, Math.min(length, f.bytes().length - offset)));
    }

    /** The deadline for an answer to this frame. */
    public static long deadline(DecodedFrame f, Judge j) {
        return f.frame().timestampNanos() + j.deadlineNanos();
    }

    /** An IPv4 packet to a unicast address the DUT owns at the time of the frame. */
    public static boolean toOwnedV4(DecodedFrame f, Judge j) {
        Ipv4 ip = f.ipv4();
        return ip != null && j.stack().addresses().ownsV4(ip.dst(), time(f));
    }

    /** An IPv6 packet to a unicast address the DUT owns at the time of the frame. */
    public static boolean toOwnedV6(DecodedFrame f, Judge j) {
        Ipv6 ip = f.ipv6();
        return ip != null && j.stack().addresses().ownsV6(f.bytes(), ip.dstOffset(), time(f));
    }

    /** An IPv6 packet to a multicast group, or to a unicast address the DUT owns. */
    public static boolean toDutV6(DecodedFrame f, Judge j) {
        Ipv6 ip = f.ipv6();
        return ip != null && (ip.dstIsMulticast() || toOwnedV6(f, j));
    }

    /** Not malformed below the layer the rule judges: a stimulus must be well-formed but for the defect under test. */
    public static boolean clean(DecodedFrame f) {
        return !f.malformed();
    }

    public static String v4(int a) {
        return Net.v4Text(a);
    }
}
