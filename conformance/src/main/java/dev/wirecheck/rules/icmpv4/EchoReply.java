package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;

import static dev.wirecheck.check.Level.MUST;

/** Every well-formed, unfragmented echo request to an address the DUT owns gets an echo reply. */
@Rule(id = "RFC1122-3.2.2.6-echo-reply", rfc = 1122, section = "3.2.2.6", level = MUST, protocol = "ICMPv4",
        summary = "Every ICMP Echo Request to the host is answered with an Echo Reply")
public final class EchoReply extends ConformanceRule {
    public EchoReply() {
        super(Kind.ICMPV4);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (f.icmpv4().type() != Icmpv4.ECHO_REQUEST || f.ipv4().isFragment() || !Frames.clean(f)
                || !Frames.toOwnedV4(f, judge)) {
            return;
        }
        Stimulus s = Stimulus.of(f);
        judge.expect(new Expectation.Answer(this, Frames.number(f), Frames.deadline(f, judge), "echo reply") {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                return s.repliedBy(d);
            }
        });
    }
}
