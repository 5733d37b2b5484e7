package dev.wirecheck.rules.ipv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;

import static dev.wirecheck.check.Level.MUST;

/** Action 11: Parameter Problem code 2 for a unicast destination, silence for a multicast one. */
@Rule(id = "RFC8200-4.2-unknown-option-11", rfc = 8200, section = "4.2", level = MUST, protocol = "IPv6",
        summary = "An unrecognised option of type 11xxxxxx: Parameter Problem code 2, unless the destination is multicast")
public final class UnknownOptionProblemUnicast extends UnknownOptionRule {
    public UnknownOptionProblemUnicast() {
        super(3);
    }

    @Override
    void expect(DecodedFrame f, Ipv6 ip, int option, Stimulus s, Judge judge) {
        if (ip.dstIsMulticast()) {
            expectSilence(f, s, judge, "answered a multicast packet whose unknown option (11) forbids it");
        } else {
            expectParameterProblem(f, ip, option, s, judge);
        }
    }
}
