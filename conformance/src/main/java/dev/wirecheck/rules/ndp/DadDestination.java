package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/** A Duplicate Address Detection probe (NS from ::) goes to the tentative address's solicited-node group. */
@Rule(id = "RFC4862-5.4.2-dad-destination", rfc = 4862, section = "5.4.2", level = NO_KEYWORD, protocol = "NDP",
        summary = "A DAD Neighbor Solicitation is sent from :: to the solicited-node multicast address of the target")
public final class DadDestination extends ConformanceRule {
    public DadDestination() {
        super(Kind.ICMPV6);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Icmpv6 m = f.icmpv6();
        byte[] b = f.bytes();
        if (m.type() != Icmpv6.NEIGHBOR_SOLICITATION || !m.complete() || !Net.v6Unspecified(b, f.ipv6().srcOffset())) {
            return;
        }
        int dst = f.ipv6().dstOffset();
        if (Net.solicitedNodeOf(b, dst, b, m.targetOffset())) {
            judge.conforms(this, Frames.number(f));
        } else {
            judge.fail(this, "DAD solicitation for " + Net.v6Text(b, m.targetOffset()) + " sent to " + Net.v6Text(b, dst)
                    + ", not to its solicited-node group", Frames.mark(f, dst, 16), Frames.number(f));
        }
    }
}
