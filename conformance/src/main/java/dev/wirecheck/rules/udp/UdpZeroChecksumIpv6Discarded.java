package dev.wirecheck.rules.udp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Udp;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.rules.SilentDiscardRule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.MUST;

/** Over IPv6 the UDP checksum is mandatory, so a zero one marks a datagram to drop. */
@Rule(id = "RFC8200-8.1-zero-checksum-discarded", rfc = 8200, section = "8.1", level = MUST, protocol = "UDP",
        summary = "A received IPv6 UDP datagram with a zero checksum is discarded")
public final class UdpZeroChecksumIpv6Discarded extends SilentDiscardRule {
    public UdpZeroChecksumIpv6Discarded() {
        super("a zero UDP checksum over IPv6", Kind.UDP);
    }

    @Override
    protected boolean isStimulus(DecodedFrame f, Judge judge) {
        return f.problems().has(Udp.ZERO_CHECKSUM_IPV6) && Frames.toOwnedV6(f, judge);
    }
}
