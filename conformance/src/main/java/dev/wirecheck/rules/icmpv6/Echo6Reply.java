package dev.wirecheck.rules.icmpv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;

import static dev.wirecheck.check.Level.MUST;

/** Every node answers echo requests to its unicast addresses (the IPv6 ping responder). */
@Rule(id = "RFC4443-4.1-echo-reply", rfc = 4443, section = "4.1", level = MUST, protocol = "ICMPv6",
        summary = "Every node implements an Echo responder: an Echo Request to its address gets an Echo Reply")
public final class Echo6Reply extends ConformanceRule {
    public Echo6Reply() {
        super(Kind.ICMPV6);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (f.icmpv6().type() != Icmpv6.ECHO_REQUEST || f.ipv6().isFragment() || !Frames.clean(f)
                || !Frames.toOwnedV6(f, judge)) {
            return;
        }
        Stimulus s = Stimulus.of(f);
        judge.expect(new Expectation.Answer(this, Frames.number(f), Frames.deadline(f, judge), "ICMPv6 echo reply") {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                return s.repliedBy(d);
            }
        });
    }
}
