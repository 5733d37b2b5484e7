package dev.wirecheck.rules.arp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.MUST;

/**
 * A host asks about its own (candidate) address only to probe it (sender 0.0.0.0) or to
 * announce it (sender = target); any other sender address would poison its peers' caches
 * with an address it may not get.
 */
@Rule(id = "RFC5227-2.1.1-probe-sender", rfc = 5227, section = "2.1.1", level = MUST, protocol = "ARP",
        summary = "An ARP probe carries sender IP address 0.0.0.0")
public final class ArpProbeSender extends ConformanceRule {
    public ArpProbeSender() {
        super(Kind.ARP);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (!ArpRequests.aboutOwnAddress(f, judge)) {
            return;
        }
        int target = ArpRequests.target(f);
        int sender = ArpRequests.sender(f);
        if (sender == target) {
            return; // an announcement
        }
        if (sender == 0) {
            judge.conforms(this, Frames.number(f));
        } else {
            judge.fail(this, "ARP request for its own address " + Frames.v4(target) + " with sender " + Frames.v4(sender)
                    + ": a probe uses 0.0.0.0", Frames.mark(f, f.arp().senderProtoOffset(), 4), Frames.number(f));
        }
    }
}
