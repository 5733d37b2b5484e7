package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST_NOT;

@Rule(id = "RFC4861-4.3-ns-slla-unspecified", rfc = 4861, section = "4.3", level = MUST_NOT, protocol = "NDP",
        summary = "A Neighbor Solicitation from :: does not include the Source Link-Layer Address option")
public final class NsNoSourceLinkAddressFromUnspecified extends SourceLinkAddressOption {
    public NsNoSourceLinkAddressFromUnspecified() {
        super(Icmpv6.NEIGHBOR_SOLICITATION, true);
    }
}
