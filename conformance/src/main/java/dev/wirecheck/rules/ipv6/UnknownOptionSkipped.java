package dev.wirecheck.rules.ipv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;

import static dev.wirecheck.check.Level.MUST;

/** Action 00: the unknown option is skipped and the packet processed, so an echo request is answered. */
@Rule(id = "RFC8200-4.2-unknown-option-00", rfc = 8200, section = "4.2", level = MUST, protocol = "IPv6",
        summary = "An unrecognised option of type 00xxxxxx is skipped and the packet processed")
public final class UnknownOptionSkipped extends UnknownOptionRule {
    public UnknownOptionSkipped() {
        super(0);
    }

    @Override
    void expect(DecodedFrame f, Ipv6 ip, int option, Stimulus s, Judge judge) {
        if (!s.isEchoRequest() || !Frames.toOwnedV6(f, judge)) {
            return;
        }
        judge.expect(new Expectation.Answer(this, Frames.number(f), Frames.deadline(f, judge),
                "echo reply despite the skippable option") {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                return s.answeredBy(d);
            }

            @Override
            protected long dutKinds() {
                return s.answerKinds();
            }

            @Override
            protected void judge(DecodedFrame d, Judge j) {
                if (s.repliedBy(d)) {
                    super.judge(d, j);
                } else {
                    j.fail(rule, "an ICMPv6 error instead of skipping the option", null, stimulus, d.frame().number());
                }
            }
        });
    }
}
