package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.NdpOptions;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.MUST;

/**
 * An answer to a multicast solicitation carries the Target Link-Layer Address option naming
 * the DUT's MAC (it may be omitted only when the solicitation was unicast).
 */
@Rule(id = "RFC4861-7.2.4-target-link-address", rfc = 4861, section = "7.2.4", level = MUST, protocol = "NDP",
        summary = "An advertisement answering a multicast solicitation includes the Target Link-Layer Address option")
public final class NaTargetLinkAddress extends AdvertisementRule {
    private final NdpOptions options = new NdpOptions();

    @Override
    void judge(DecodedFrame na, SolicitationFacts ns, Judge judge) {
        if (!ns.toMulticast()) {
            return;
        }
        int opt = options.find(na, NdpOptions.TARGET_LINK_ADDRESS);
        long n = Frames.number(na);
        if (opt < 0) {
            judge.fail(this, "no Target Link-Layer Address option in the answer to the multicast solicitation in frame "
                    + ns.frame(), Frames.mark(na, na.icmpv6().offset(), 4), ns.frame(), n);
        } else if (na.ethernet() != null && opt + 8 <= na.bytes().length
                && Net.mac(na.bytes(), opt + 2) != Net.mac(na.bytes(), na.ethernet().srcOffset())) {
            judge.fail(this, "Target Link-Layer Address " + Net.macText(Net.mac(na.bytes(), opt + 2))
                    + " is not the sender's MAC", Frames.mark(na, opt + 2, 6), ns.frame(), n);
        } else {
            judge.conforms(this, n);
        }
    }
}
