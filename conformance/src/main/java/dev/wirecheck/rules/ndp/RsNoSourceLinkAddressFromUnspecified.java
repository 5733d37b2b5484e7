package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST_NOT;

@Rule(id = "RFC4861-4.1-rs-slla-unspecified", rfc = 4861, section = "4.1", level = MUST_NOT, protocol = "NDP",
        summary = "A Router Solicitation from :: does not include the Source Link-Layer Address option")
public final class RsNoSourceLinkAddressFromUnspecified extends SourceLinkAddressOption {
    public RsNoSourceLinkAddressFromUnspecified() {
        super(Icmpv6.ROUTER_SOLICITATION, true);
    }
}
