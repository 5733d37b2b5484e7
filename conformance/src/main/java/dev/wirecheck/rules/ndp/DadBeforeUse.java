package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static dev.wirecheck.check.Level.MUST;

/**
 * Duplicate Address Detection runs on every unicast address before the interface uses it.
 * Judged only when the capture shows the DUT coming up (it sent a DHCPDISCOVER or a DAD
 * probe), since otherwise its DAD may have happened before the capture began: then the first
 * use of each address as a source passes if a DAD solicitation for it came first.
 */
@Rule(id = "RFC4862-5.4-dad-before-use", rfc = 4862, section = "5.4", level = MUST, protocol = "NDP",
        summary = "Duplicate Address Detection is performed on a unicast address before it is used")
public final class DadBeforeUse extends ConformanceRule {
    private final Map<String, Long> probed = new HashMap<>();
    private final Set<String> judged = new HashSet<>();

    public DadBeforeUse() {
        super(Kind.IPV6);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        byte[] b = f.bytes();
        int src = f.ipv6().srcOffset();
        Icmpv6 m = f.icmpv6();
        if (Net.v6Unspecified(b, src)) {
            if (m != null && m.type() == Icmpv6.NEIGHBOR_SOLICITATION && m.complete()) {
                probed.putIfAbsent(Net.v6Text(b, m.targetOffset()), Frames.number(f));
            }
            return;
        }
        if (!judge.stack().bootObserved() || Net.v6Multicast(b, src) || judged.size() > 64) {
            return;
        }
        String address = Net.v6Text(b, src);
        if (!judged.add(address)) {
            return;
        }
        Long dad = probed.get(address);
        if (dad != null) {
            judge.pass(this, "DAD for " + address + " in frame " + dad + " before its first use", dad, Frames.number(f));
        } else {
            judge.fail(this, "uses " + address + " with no Duplicate Address Detection in the capture, which shows the"
                    + " interface coming up", Frames.mark(f, src, 16), Frames.number(f));
        }
    }
}
