package dev.wirecheck.rules.icmpv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.MUST;

/**
 * (c): an error carries as much of the invoking packet as fits without the error packet
 * exceeding the IPv6 minimum MTU of 1280 octets: never longer, and cut short only at that size.
 */
@Rule(id = "RFC4443-2.4-error-size", rfc = 4443, section = "2.4", level = MUST, protocol = "ICMPv6",
        summary = "An ICMPv6 error includes as much of the invoking packet as fits in 1280 octets, and no more")
public final class ErrorSize extends ConformanceRule {
    static final int MIN_MTU = 1280;

    public ErrorSize() {
        super(Kind.ICMPV6);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (!f.icmpv6().quotesPacket()) {
            return;
        }
        Ipv6 ip = f.ipv6();
        int size = 40 + ip.payloadLength();
        Ipv6 q = f.quotedIpv6();
        if (size > MIN_MTU) {
            judge.fail(this, "ICMPv6 error packet of " + size + " octets exceeds " + MIN_MTU,
                    Frames.mark(f, ip.offset() + 4, 2), Frames.number(f));
        } else if (q != null && 40 + q.payloadLength() > f.icmpv6().bodyLength() && size < MIN_MTU) {
            judge.fail(this, "quotes " + f.icmpv6().bodyLength() + " of the invoking packet's " + (40 + q.payloadLength())
                    + " octets although the error is only " + size + " octets long",
                    Frames.mark(f, q.offset(), 40), Frames.number(f));
        } else {
            judge.conforms(this, Frames.number(f));
        }
    }
}
