package dev.wirecheck.rules.ipv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;

import static dev.wirecheck.check.Level.MUST;

/** Action 10: discard and send Parameter Problem code 2, whatever the destination. */
@Rule(id = "RFC8200-4.2-unknown-option-10", rfc = 8200, section = "4.2", level = MUST, protocol = "IPv6",
        summary = "A packet with an unrecognised option of type 10xxxxxx is discarded with a Parameter Problem, code 2")
public final class UnknownOptionProblem extends UnknownOptionRule {
    public UnknownOptionProblem() {
        super(2);
    }

    @Override
    void expect(DecodedFrame f, Ipv6 ip, int option, Stimulus s, Judge judge) {
        expectParameterProblem(f, ip, option, s, judge);
    }
}
