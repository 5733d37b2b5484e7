package dev.wirecheck.rules.udp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Udp;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.rules.SilentDiscardRule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.MUST;

/** A datagram whose non-zero checksum is wrong is dropped: no echo, no port unreachable. */
@Rule(id = "RFC1122-4.1.3.4-bad-checksum-discarded", rfc = 1122, section = "4.1.3.4", level = MUST, protocol = "UDP",
        summary = "A received UDP datagram with a non-zero, invalid checksum is silently discarded")
public final class UdpBadChecksumDiscarded extends SilentDiscardRule {
    public UdpBadChecksumDiscarded() {
        super("a bad UDP checksum", Kind.UDP);
    }

    @Override
    protected boolean isStimulus(DecodedFrame f, Judge judge) {
        return f.problems().has(Udp.BAD_CHECKSUM_VALUE) && (Frames.toOwnedV4(f, judge) || Frames.toOwnedV6(f, judge));
    }
}
