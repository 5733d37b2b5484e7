package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * Every message format of §4 (4.1 to 4.5) lists "Hop Limit 255" among its IP fields, without a
 * keyword. The value proves a Neighbor Discovery message was not forwarded; receivers MUST
 * discard any other value (§6.1, §7.1), so a message sent with less is lost.
 */
@Rule(id = "RFC4861-4-hop-limit-255", rfc = 4861, section = "4", level = NO_KEYWORD, protocol = "NDP",
        summary = "Neighbor Discovery messages are sent with IP hop limit 255")
public final class NdpHopLimit extends ConformanceRule {
    public NdpHopLimit() {
        super(Kind.ICMPV6);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (!f.icmpv6().isNdp()) {
            return;
        }
        int hl = f.ipv6().hopLimit();
        if (hl == 255) {
            judge.conforms(this, Frames.number(f));
        } else {
            judge.fail(this, "Neighbor Discovery message (type " + f.icmpv6().type() + ") with hop limit " + hl,
                    Frames.mark(f, f.ipv6().offset() + 7, 1), Frames.number(f));
        }
    }
}
