package dev.wirecheck.rules.mcast;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * An MLDv1 report goes to the address it reports, a Done to all-routers (ff02::2), and an
 * MLDv2 report to all MLDv2-capable routers (ff02::16; RFC 9777, which obsoletes RFC 3810). RFC 2710
 * §4 states it without a keyword: "the node transmits a Report to that address".
 */
@Rule(id = "RFC2710-4-report-destination", rfc = 2710, section = "4", level = NO_KEYWORD, protocol = "MLD",
        summary = "An MLD report is sent to the address it reports (Done to ff02::2, MLDv2 reports to ff02::16)")
public final class MldReportDestination extends GroupMessageRule {
    private static final byte[] ALL_ROUTERS = {(byte) 0xff, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
    private static final byte[] ALL_MLDV2_ROUTERS = {(byte) 0xff, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x16};

    public MldReportDestination() {
        super(true);
    }

    @Override
    boolean judges(DecodedFrame f) {
        int t = f.icmpv6().type();
        return (t == Icmpv6.MLD_REPORT || t == Icmpv6.MLD_DONE || t == Icmpv6.MLDV2_REPORT) && f.icmpv6().complete();
    }

    @Override
    String defect(DecodedFrame f, int[] at) {
        byte[] b = f.bytes();
        int dst = f.ipv6().dstOffset();
        at[0] = dst;
        int t = f.icmpv6().type();
        boolean ok = t == Icmpv6.MLDV2_REPORT ? Net.v6Equal(b, dst, ALL_MLDV2_ROUTERS, 0)
                : t == Icmpv6.MLD_DONE ? Net.v6Equal(b, dst, ALL_ROUTERS, 0)
                : Net.v6Equal(b, dst, b, f.icmpv6().targetOffset());
        return ok ? null : "MLD type " + t + " sent to " + Net.v6Text(b, dst);
    }
}
