package dev.wirecheck.rules.ipv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;

import static dev.wirecheck.check.Level.MUST;

/** Action 01: the packet is discarded without a word. */
@Rule(id = "RFC8200-4.2-unknown-option-01", rfc = 8200, section = "4.2", level = MUST, protocol = "IPv6",
        summary = "A packet with an unrecognised option of type 01xxxxxx is discarded silently")
public final class UnknownOptionDiscarded extends UnknownOptionRule {
    public UnknownOptionDiscarded() {
        super(1);
    }

    @Override
    void expect(DecodedFrame f, Ipv6 ip, int option, Stimulus s, Judge judge) {
        expectSilence(f, s, judge, "answered a packet whose unknown option says discard silently");
    }
}
