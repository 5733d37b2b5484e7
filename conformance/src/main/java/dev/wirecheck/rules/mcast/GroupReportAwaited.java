package dev.wirecheck.rules.mcast;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;

/**
 * The report a member owes a General Query for one group (IGMPv1/v2, MLDv1). Those versions
 * let a member stay silent when another member reports the group first: RFC 2236 §3 "If the
 * host receives another host's Report (version 1 or 2) while it has a timer running, it stops
 * its timer for the specified group and does not send a Report", and RFC 2710 §4 says the same
 * of MLD listeners. A peer's report for the group therefore settles the expectation as
 * inconclusive: the DUT's silence is then allowed, not shown.
 */
abstract class GroupReportAwaited extends Expectation.Answer {
    private final String group;

    /** @param reportKinds the layer a report has (IGMP, or ICMPv6 for MLD): no other frame is offered */
    GroupReportAwaited(ConformanceRule rule, long query, long deadline, String group, long reportKinds) {
        super(rule, query, deadline, "report for " + group);
        this.group = group;
        concerningOnly(reportKinds);
    }

    /** Whether the frame is a report that names the group (from the DUT: the answer). */
    abstract boolean reportsGroup(DecodedFrame f);

    /** Whether a peer's frame is a report of a version that makes other members suppress theirs. */
    abstract boolean suppressingReport(DecodedFrame f);

    @Override
    protected final boolean isAnswer(DecodedFrame f) {
        return reportsGroup(f);
    }

    @Override
    public final boolean onPeerFrame(DecodedFrame f, Judge judge) {
        if (!suppressingReport(f) || !reportsGroup(f)) {
            return false;
        }
        judge.inconclusive(rule, "another member reported " + group + " in frame " + Frames.number(f)
                + ", which lets the DUT suppress its own report", stimulus, Frames.number(f));
        return true;
    }
}
