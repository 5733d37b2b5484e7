package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.MUST_NOT;

/** A datagram that leaves with TTL 0 would be dropped by the first hop that sees it. */
@Rule(id = "RFC1122-3.2.1.7-ttl-zero", rfc = 1122, section = "3.2.1.7", level = MUST_NOT, protocol = "IPv4",
        summary = "A host does not send a datagram with a Time-to-Live of zero")
public final class Ipv4TtlNotZero extends ConformanceRule {
    public Ipv4TtlNotZero() {
        super(Kind.IPV4);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Ipv4 ip = f.ipv4();
        if (ip.ttl() == 0) {
            judge.fail(this, "IPv4 datagram sent with TTL 0", Frames.mark(f, ip.offset() + 8, 1), Frames.number(f));
        } else {
            judge.conforms(this, Frames.number(f));
        }
    }
}
