package dev.wirecheck.rules.mcast;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Igmp;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.wire.Bytes;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * A General Query asks every member to report: for each group the DUT joined (and did not
 * leave), a report for that group follows within the query's Max Response Time (tenths of a
 * second) plus the checker's deadline, unless another member's report for the group came first
 * (RFC 2236 §3 suppression, see {@link GroupReportAwaited}). RFC 2236 §3 states it without a
 * keyword: "When a host receives a General Query, it sets delay timers for each group ... of
 * which it is a member".
 */
@Rule(id = "RFC2236-3-query-answered", rfc = 2236, section = "3", level = NO_KEYWORD, protocol = "IGMP",
        summary = "A member answers a General Query with a report for each group it belongs to")
public final class IgmpQueryAnswered extends ConformanceRule {
    public IgmpQueryAnswered() {
        super(Kind.IGMP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        Igmp q = f.igmp();
        if (q.type() != Igmp.QUERY || q.length() < 8 || Bytes.u32(f.bytes(), q.groupOffset()) != 0) {
            return;
        }
        long wait = Math.max(1, q.maxResponse()) * 100_000_000L + judge.deadlineNanos();
        for (int group : judge.stack().groupsV4()) {
            judge.expect(new GroupReportAwaited(this, Frames.number(f), Frames.time(f) + wait, Frames.v4(group),
                    Expectation.kinds(Kind.IGMP)) {
                @Override
                boolean reportsGroup(DecodedFrame d) {
                    Igmp r = d.igmp();
                    return r != null && (r.type() == Igmp.V2_REPORT || r.type() == Igmp.V1_REPORT) && r.length() >= 8
                            && (int) Bytes.u32(d.bytes(), r.groupOffset()) == group;
                }

                @Override
                boolean suppressingReport(DecodedFrame d) {
                    return true; // every v1/v2 report: reportsGroup already admits only those
                }
            });
        }
    }
}
