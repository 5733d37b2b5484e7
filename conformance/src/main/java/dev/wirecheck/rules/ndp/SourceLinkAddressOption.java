package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.NdpOptions;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

/**
 * The Source Link-Layer Address option in solicitations the DUT sends: never from :: (the
 * receivers would cache a mapping for the unspecified address), and in multicast
 * solicitations from a real address (or the target cannot answer without resolving us).
 * One subclass per message type and case.
 */
abstract class SourceLinkAddressOption extends ConformanceRule {
    private final int type;
    private final boolean fromUnspecified;
    private final NdpOptions options = new NdpOptions();

    /**
     * @param type            the ICMPv6 type judged (133 RS, 135 NS)
     * @param fromUnspecified true: judge messages from :: (option forbidden);
     *                        false: multicast messages from a unicast source (option required)
     */
    SourceLinkAddressOption(int type, boolean fromUnspecified) {
        super(Kind.ICMPV6);
        this.type = type;
        this.fromUnspecified = fromUnspecified;
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (f.icmpv6().type() != type || !f.icmpv6().complete()) {
            return;
        }
        boolean unspecified = Net.v6Unspecified(f.bytes(), f.ipv6().srcOffset());
        if (unspecified != fromUnspecified || (!fromUnspecified && !f.ipv6().dstIsMulticast())) {
            return;
        }
        int opt = options.find(f, NdpOptions.SOURCE_LINK_ADDRESS);
        if (fromUnspecified && opt >= 0) {
            judge.fail(this, "Source Link-Layer Address option in a message from ::", Frames.mark(f, opt, 8),
                    Frames.number(f));
        } else if (!fromUnspecified && opt < 0) {
            judge.fail(this, "no Source Link-Layer Address option in a multicast message from "
                    + Net.v6Text(f.bytes(), f.ipv6().srcOffset()), Frames.mark(f, f.icmpv6().offset(), 4), Frames.number(f));
        } else {
            judge.conforms(this, Frames.number(f));
        }
    }
}
