package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.*;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.*;

/** A datagram in an IPv4 frame whose version field is not 4. */
@Rule(id = "RFC791-3.1-version", rfc = 791, section = "3.1", level = NO_KEYWORD, protocol = "IPv4",
        summary = "An IPv4 header carries version 4")
public final class Ipv4Version extends MalformationRule {
    public Ipv4Version() {
        super(new Kind[]{Kind.ETHERNET, Kind.SLL}, Kind.IPV4, Ipv4.BAD_VERSION);
    }
}
