package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

/** Questions the NDP rules ask about Neighbor Solicitations and Advertisements. */
final class Solicitations {
    private Solicitations() {
    }

    /** A peer's Neighbor Solicitation for an address the DUT owns at that moment (not tentative). */
    static boolean forOwnedTarget(DecodedFrame f, Judge judge) {
        Icmpv6 m = f.icmpv6();
        return m.type() == Icmpv6.NEIGHBOR_SOLICITATION && m.complete()
                && judge.stack().addresses().ownsV6(f.bytes(), m.targetOffset(), Frames.time(f));
    }

    /** A valid solicitation (RFC 4861 §7.1.1: hop limit 255, well-formed, no zero-length option) for an owned address. */
    static boolean validForOwnedTarget(DecodedFrame f, Judge judge) {
        return forOwnedTarget(f, judge) && f.ipv6().hopLimit() == 255 && Frames.clean(f)
                && dev.wirecheck.rules.NdpOptions.zeroLength(f) < 0;
    }

    /** A DUT Neighbor Advertisement whose target is the solicitation's target. */
    static boolean advertises(DecodedFrame d, byte[] ns, int targetAt) {
        Icmpv6 m = d.icmpv6();
        return m != null && m.type() == Icmpv6.NEIGHBOR_ADVERTISEMENT && m.complete()
                && Net.v6Equal(d.bytes(), m.targetOffset(), ns, targetAt);
    }
}
