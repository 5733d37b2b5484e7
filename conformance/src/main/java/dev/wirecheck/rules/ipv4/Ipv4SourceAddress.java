package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.MUST;

/** The source of a datagram names one host: never a broadcast or multicast address. */
@Rule(id = "RFC1122-3.2.1.3-source-not-broadcast", rfc = 1122, section = "3.2.1.3", level = MUST, protocol = "IPv4",
        summary = "The IP source address is one of the host's own, never a broadcast or multicast address")
public final class Ipv4SourceAddress extends ConformanceRule {
    public Ipv4SourceAddress() {
        super(Kind.IPV4);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Ipv4 ip = f.ipv4();
        int src = ip.src();
        if (Net.v4Multicast(src) || Net.v4LimitedBroadcast(src) || Net.v4ClassE(src)) {
            judge.fail(this, "source address " + Frames.v4(src) + " is a broadcast, multicast or class E address",
                    Frames.mark(f, ip.srcOffset(), 4), Frames.number(f));
        } else {
            judge.conforms(this, Frames.number(f));
        }
    }
}
