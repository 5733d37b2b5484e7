package dev.wirecheck.rules.ipv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.MUST_NOT;

/** A multicast group cannot send: a packet's source is one interface. */
@Rule(id = "RFC4291-2.7-multicast-source", rfc = 4291, section = "2.7", level = MUST_NOT, protocol = "IPv6",
        summary = "A multicast address is not used as the source address of a packet")
public final class Ipv6SourceNotMulticast extends ConformanceRule {
    public Ipv6SourceNotMulticast() {
        super(Kind.IPV6);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Ipv6 ip = f.ipv6();
        if (Net.v6Multicast(f.bytes(), ip.srcOffset())) {
            judge.fail(this, "source address " + Net.v6Text(f.bytes(), ip.srcOffset()) + " is multicast",
                    Frames.mark(f, ip.srcOffset(), 16), Frames.number(f));
        } else {
            judge.conforms(this, Frames.number(f));
        }
    }
}
