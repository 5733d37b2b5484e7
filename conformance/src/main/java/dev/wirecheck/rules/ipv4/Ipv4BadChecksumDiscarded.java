package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.rules.SilentDiscardRule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.MUST;

/** A datagram whose header checksum is wrong gets no answer of any kind. */
@Rule(id = "RFC1122-3.2.1.2-bad-checksum-discarded", rfc = 1122, section = "3.2.1.2", level = MUST, protocol = "IPv4",
        summary = "A received datagram with a bad header checksum is silently discarded")
public final class Ipv4BadChecksumDiscarded extends SilentDiscardRule {
    public Ipv4BadChecksumDiscarded() {
        super("a bad IPv4 header checksum", Kind.IPV4);
    }

    @Override
    protected boolean isStimulus(DecodedFrame f, Judge judge) {
        return f.problems().has(Ipv4.BAD_HEADER_CHECKSUM) && judge.stack().addresses().isV4(f.ipv4().dst())
                && Frames.toOwnedV4(f, judge);
    }
}
