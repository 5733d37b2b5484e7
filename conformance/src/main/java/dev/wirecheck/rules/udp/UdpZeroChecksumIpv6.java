package dev.wirecheck.rules.udp;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** Unlike IPv4, an IPv6 node originating a UDP packet computes its checksum. */
@Rule(id = "RFC8200-8.1-udp-checksum", rfc = 8200, section = "8.1", level = MUST, protocol = "UDP",
        summary = "UDP over IPv6 carries a computed checksum, never zero")
public final class UdpZeroChecksumIpv6 extends MalformationRule {
    public UdpZeroChecksumIpv6() {
        super(Kind.UDP, Udp.ZERO_CHECKSUM_IPV6);
    }
}
