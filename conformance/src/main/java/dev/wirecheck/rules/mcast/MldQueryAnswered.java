package dev.wirecheck.rules.mcast;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.MldGroups;
import dev.wirecheck.stack.Net;
import dev.wirecheck.wire.Bytes;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * A General Query (multicast address ::) asks every listener to report: for each address the
 * DUT listens to (except ff02::1, never reported), an MLDv1 or MLDv2 report naming it follows
 * within the query's Maximum Response Delay (milliseconds) plus the checker's deadline, unless
 * another node's MLDv1 report for the address came first (RFC 2710 §4 suppression, see
 * {@link GroupReportAwaited}).
 */
@Rule(id = "RFC2710-4-query-answered", rfc = 2710, section = "4", level = NO_KEYWORD, protocol = "MLD",
        summary = "A listener answers a General Query with a report for each address it listens to")
public final class MldQueryAnswered extends ConformanceRule {
    public MldQueryAnswered() {
        super(Kind.ICMPV6);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        Icmpv6 q = f.icmpv6();
        if (q.type() != Icmpv6.MLD_QUERY || !q.complete() || !Net.v6Unspecified(f.bytes(), q.targetOffset())) {
            return;
        }
        long wait = Bytes.u16(f.bytes(), q.offset() + 4) * 1_000_000L + judge.deadlineNanos();
        for (String group : judge.stack().groupsV6()) {
            if (group.equals("ff02::1")) {
                continue;
            }
            judge.expect(new GroupReportAwaited(this, Frames.number(f), Frames.time(f) + wait, group,
                    Expectation.kinds(Kind.ICMPV6)) {
                @Override
                boolean reportsGroup(DecodedFrame d) {
                    boolean[] names = {false};
                    MldGroups.forEach(d, (g, joins) -> names[0] |= joins && g.equals(group));
                    return names[0];
                }

                @Override
                boolean suppressingReport(DecodedFrame d) {
                    return d.icmpv6() != null && d.icmpv6().type() == Icmpv6.MLD_REPORT; // MLDv2 has no suppression
                }
            });
        }
    }
}
