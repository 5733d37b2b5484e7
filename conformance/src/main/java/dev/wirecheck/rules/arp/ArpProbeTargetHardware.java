package dev.wirecheck.rules.arp;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;
import dev.wirecheck.wire.Bytes;

import static dev.wirecheck.check.Level.SHOULD;

/** In probes and announcements the target hardware address is ignored and set to zero. */
@Rule(id = "RFC5227-2.1.1-probe-target-hardware", rfc = 5227, section = "2.1.1", level = SHOULD, protocol = "ARP",
        summary = "ARP probes and announcements carry an all-zero target hardware address")
public final class ArpProbeTargetHardware extends ConformanceRule {
    public ArpProbeTargetHardware() {
        super(Kind.ARP);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (!ArpRequests.aboutOwnAddress(f, judge)) {
            return;
        }
        int sender = ArpRequests.sender(f);
        if (sender != 0 && sender != ArpRequests.target(f)) {
            return; // neither a probe nor an announcement
        }
        Arp a = f.arp();
        byte[] b = f.bytes();
        if (Net.mac(b, a.targetHwOffset()) == 0) {
            judge.conforms(this, Frames.number(f));
        } else {
            judge.fail(this, "target hardware address " + Bytes.mac(b, a.targetHwOffset()) + " in an ARP "
                    + (sender == 0 ? "probe" : "announcement"), Frames.mark(f, a.targetHwOffset(), 6), Frames.number(f));
        }
    }
}
