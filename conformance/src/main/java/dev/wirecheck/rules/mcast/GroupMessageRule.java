package dev.wirecheck.rules.mcast;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Igmp;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Judge;

/**
 * A rule about how the DUT sends its group-membership messages (IGMP for IPv4, MLD for IPv6):
 * each subclass names which messages it judges and what is wrong with one.
 */
abstract class GroupMessageRule extends ConformanceRule {
    GroupMessageRule(boolean v6) {
        super(v6 ? Kind.ICMPV6 : Kind.IGMP);
    }

    /** MLDv1 report/done or MLDv2 report (queries come from routers, not hosts). */
    static boolean isMldMessage(DecodedFrame f) {
        Icmpv6 m = f.icmpv6();
        return m != null && (m.type() == Icmpv6.MLD_REPORT || m.type() == Icmpv6.MLD_DONE
                || m.type() == Icmpv6.MLDV2_REPORT || m.type() == Icmpv6.MLD_QUERY);
    }

    static boolean isIgmpReport(DecodedFrame f) {
        Igmp g = f.igmp();
        return g != null && (g.type() == Igmp.V1_REPORT || g.type() == Igmp.V2_REPORT || g.type() == Igmp.V3_REPORT
                || g.type() == Igmp.LEAVE);
    }

    /** Whether the rule judges this DUT frame. */
    abstract boolean judges(DecodedFrame f);

    /** What is wrong with the message, with the offending offset in {@code at[0]}; null when nothing is. */
    abstract String defect(DecodedFrame f, int[] at);

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (!judges(f)) {
            return;
        }
        int[] at = {0};
        String why = defect(f, at);
        if (why == null) {
            judge.conforms(this, Frames.number(f));
        } else {
            judge.fail(this, why, Frames.mark(f, at[0], 1), Frames.number(f));
        }
    }
}
