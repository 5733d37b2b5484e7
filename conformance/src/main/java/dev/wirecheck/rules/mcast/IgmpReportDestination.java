package dev.wirecheck.rules.mcast;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Igmp;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.wire.Bytes;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * A v1/v2 report goes to the group it reports (so other members hear it and suppress theirs),
 * a leave to all-routers (224.0.0.2), a v3 report to 224.0.0.22 (RFC 3376 §4.2.14, now RFC 9776). RFC 2236
 * §3 states it without a keyword: "the host multicasts a Version 2 Membership Report to the group".
 */
@Rule(id = "RFC2236-3-report-destination", rfc = 2236, section = "3", level = NO_KEYWORD, protocol = "IGMP",
        summary = "An IGMP report is sent to the group it reports (Leave to 224.0.0.2, v3 reports to 224.0.0.22)")
public final class IgmpReportDestination extends GroupMessageRule {
    public IgmpReportDestination() {
        super(false);
    }

    @Override
    boolean judges(DecodedFrame f) {
        return isIgmpReport(f) && f.igmp().length() >= 8;
    }

    @Override
    String defect(DecodedFrame f, int[] at) {
        Igmp g = f.igmp();
        int dst = f.ipv4().dst();
        at[0] = f.ipv4().dstOffset();
        int expected = switch (g.type()) {
            case Igmp.LEAVE -> 0xe0000002;
            case Igmp.V3_REPORT -> 0xe0000016;
            default -> (int) Bytes.u32(f.bytes(), g.groupOffset());
        };
        return dst == expected ? null : "IGMP type 0x" + Integer.toHexString(g.type()) + " sent to " + Frames.v4(dst)
                + ", expected " + Frames.v4(expected);
    }
}
