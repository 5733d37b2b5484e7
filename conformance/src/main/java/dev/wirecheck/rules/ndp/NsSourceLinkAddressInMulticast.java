package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST;

@Rule(id = "RFC4861-4.3-ns-slla-multicast", rfc = 4861, section = "4.3", level = MUST, protocol = "NDP",
        summary = "A multicast Neighbor Solicitation from a unicast address includes the Source Link-Layer Address option")
public final class NsSourceLinkAddressInMulticast extends SourceLinkAddressOption {
    public NsSourceLinkAddressInMulticast() {
        super(Icmpv6.NEIGHBOR_SOLICITATION, false);
    }
}
