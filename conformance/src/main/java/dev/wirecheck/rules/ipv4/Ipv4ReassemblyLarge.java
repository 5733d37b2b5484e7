package dev.wirecheck.rules.ipv4;

import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.SHOULD;

/**
 * Beyond 576 octets, EMTU_R SHOULD be configurable or indefinite and at least the MTU of the
 * connected networks: a fragmented echo request larger than 576 octets is answered.
 */
@Rule(id = "RFC1122-3.3.2-reassembly", rfc = 1122, section = "3.3.2", level = SHOULD, protocol = "IPv4",
        summary = "A host reassembles datagrams larger than 576 octets (a large fragmented echo request is answered)")
public final class Ipv4ReassemblyLarge extends FragmentedEchoRule {
    public Ipv4ReassemblyLarge() {
        super(577, 65535);
    }
}
