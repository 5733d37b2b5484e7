package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.tcp.Seq;
import dev.wirecheck.stack.tcp.TcpConnection;

import java.util.IdentityHashMap;
import java.util.Map;

import static dev.wirecheck.check.Level.MUST;

/**
 * "The urgent pointer MUST point to the sequence number of the octet following the urgent data
 * (MUST-62)", the meaning RFC 6093 §4 settled. A capture cannot show which octets the application
 * marked urgent, but it shows three things that break this meaning: URG with pointer 0 marks no
 * octet at all ("To send an urgent indication, the user must also send at least one data
 * octet", §3.8.5; pointer 0 repeating an urgent point announced earlier is not such a case); an
 * urgent point (SEG.SEQ + SEG.UP) behind an earlier one ("the urgent pointer
 * cannot 'recede' in the sequence space"); and an urgent point past the DUT's FIN, after which no
 * data octet can follow. A pointer past the end of the segment is legal (the urgent octets may
 * come in later segments) and is not judged. Only segments with URG are judged.
 */
@Rule(id = "RFC9293-3.8.5-urgent-pointer", rfc = 9293, section = "3.8.5", level = MUST, protocol = "TCP",
        summary = "With URG set the urgent pointer follows at least one data octet, never recedes, never passes the FIN")
public final class UrgentPointer extends TcpSegmentRule {
    /** The last urgent point the DUT announced per connection; touched only by segments with URG. */
    private final Map<TcpConnection, Long> lastPoint = new IdentityHashMap<>();

    @Override
    boolean applies(Tcp t, TcpConnection c) {
        return (t.flags() & Tcp.URG) != 0 && !t.rst();
    }

    @Override
    String violation(Tcp t, TcpConnection c) {
        if (t.urgentPointer() == 0) {
            // Pointer 0 still meets MUST-62 when it repeats an urgent point announced earlier
            // (the urgent data ended just before this segment); only a pointer 0 that marks nothing fails.
            Long announced = lastPoint.get(c);
            return announced != null && announced == t.seq() ? null
                    : "URG set with urgent pointer 0: no octet is marked urgent";
        }
        long point = Seq.add(t.seq(), t.urgentPointer());
        Long before = lastPoint.put(c, point);
        if (before != null && Seq.lt(point, before)) {
            return "urgent point at relative sequence " + c.dut().relative(point) + " recedes behind "
                    + c.dut().relative(before) + " announced earlier";
        }
        long fin = c.dut().finSeq() >= 0 ? c.dut().finSeq() : t.fin() ? Seq.add(t.seq(), t.payloadLength()) : -1;
        if (fin >= 0 && Seq.lt(fin, point)) {
            return "urgent point at relative sequence " + c.dut().relative(point) + " lies past the FIN at "
                    + c.dut().relative(fin) + ": no urgent octet can follow";
        }
        return null;
    }
}
