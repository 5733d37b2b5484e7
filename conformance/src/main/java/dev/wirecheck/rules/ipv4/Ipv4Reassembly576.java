package dev.wirecheck.rules.ipv4;

import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST;

/** EMTU_R, the largest datagram a host reassembles, is at least 576 octets. */
@Rule(id = "RFC1122-3.3.2-reassembly-576", rfc = 1122, section = "3.3.2", level = MUST, protocol = "IPv4",
        summary = "A host reassembles datagrams of up to 576 octets (a fragmented echo request of that size is answered)")
public final class Ipv4Reassembly576 extends FragmentedEchoRule {
    public Ipv4Reassembly576() {
        super(0, 576);
    }
}
