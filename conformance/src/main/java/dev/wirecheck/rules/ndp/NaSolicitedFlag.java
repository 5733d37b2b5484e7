package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.MUST;

/**
 * An answer to a solicitation from a unicast source sets the Solicited flag and goes back to
 * that source; an answer to one from :: (DAD) clears it and goes to all-nodes (ff02::1).
 */
@Rule(id = "RFC4861-7.2.4-solicited-flag", rfc = 4861, section = "7.2.4", level = MUST, protocol = "NDP",
        summary = "A solicited advertisement sets the S flag and is unicast to the solicitor (S clear, to all-nodes, for a solicitation from ::)")
public final class NaSolicitedFlag extends AdvertisementRule {
    private static final byte[] ALL_NODES = {(byte) 0xff, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};

    @Override
    void judge(DecodedFrame na, SolicitationFacts ns, Judge judge) {
        boolean solicited = (na.icmpv6().naFlags() & 0x40) != 0;
        int dst = na.ipv6().dstOffset();
        long n = Frames.number(na);
        if (ns.fromUnspecified()) {
            if (solicited || !Net.v6Equal(na.bytes(), dst, ALL_NODES, 0)) {
                judge.fail(this, "answer to a solicitation from :: must have S clear and go to ff02::1 (S="
                        + (solicited ? 1 : 0) + ", to " + Net.v6Text(na.bytes(), dst) + ")",
                        Frames.mark(na, na.icmpv6().offset() + 4, 1), ns.frame(), n);
                return;
            }
        } else if (!solicited) {
            judge.fail(this, "solicited advertisement with the S flag clear", Frames.mark(na, na.icmpv6().offset() + 4, 1),
                    ns.frame(), n);
            return;
        } else if (!Net.v6Equal(na.bytes(), dst, ns.bytes(), ns.sourceAt())) {
            judge.fail(this, "solicited advertisement sent to " + Net.v6Text(na.bytes(), dst) + ", not to the solicitor",
                    Frames.mark(na, dst, 16), ns.frame(), n);
            return;
        }
        judge.conforms(this, n);
    }
}
