package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** Flags bit 0 is reserved and must be zero. */
@Rule(id = "RFC791-3.1-reserved-flag", rfc = 791, section = "3.1", level = MUST, protocol = "IPv4",
        summary = "The reserved flag bit is zero")
public final class Ipv4ReservedFlag extends MalformationRule {
    public Ipv4ReservedFlag() {
        super(Kind.IPV4, Ipv4.RESERVED_FLAG);
    }
}
