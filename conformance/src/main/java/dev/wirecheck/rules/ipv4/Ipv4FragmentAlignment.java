package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.MUST;

/** Offsets count 8-octet units, so every fragment but the last carries a multiple of 8 data octets. */
@Rule(id = "RFC791-2.3-fragment-size", rfc = 791, section = "2.3", level = MUST, protocol = "IPv4",
        summary = "Every fragment but the last carries a multiple of 8 data octets")
public final class Ipv4FragmentAlignment extends ConformanceRule {
    public Ipv4FragmentAlignment() {
        super(Kind.IPV4);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Ipv4 ip = f.ipv4();
        if (!ip.moreFragments()) {
            return;
        }
        int data = ip.totalLength() - ip.headerLength();
        if (data % 8 != 0 || data <= 0) {
            judge.fail(this, "fragment with more-fragments set carries " + data + " data octets, not a multiple of 8",
                    Frames.mark(f, ip.offset() + 2, 2), Frames.number(f));
        } else {
            judge.conforms(this, Frames.number(f));
        }
    }
}
