package dev.wirecheck.rules.ndp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.NdpOptions;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST;

/** An option of length 0 makes the whole solicitation invalid. */
@Rule(id = "RFC4861-7.1.1-ns-option-length", rfc = 4861, section = "7.1.1", level = MUST, protocol = "NDP",
        summary = "A received Neighbor Solicitation with an option of length 0 is silently discarded")
public final class NsZeroLengthOptionIgnored extends NsInvalidIgnoredRule {
    @Override
    String defect(DecodedFrame ns) {
        return ns.ipv6().hopLimit() == 255 && NdpOptions.zeroLength(ns) >= 0 ? "an option of length 0" : null;
    }
}
