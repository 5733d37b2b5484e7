package dev.wirecheck.rules.dns;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.dns.DnsClientModel;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * A stub resolver hands resolution to a recursive server: "All that the remaining stub needs is a
 * list of name server addresses that will perform the recursive requests" (RFC 1034 §5.3.1), and
 * the server recurses only when asked: "If RD is set, it directs the name server to pursue the
 * query recursively" (RFC 1035 §4.1.1). So the DUT's standard queries to port 53 set RD. Neither
 * sentence carries an RFC 2119 keyword (both RFCs predate it; RFC 1035 calls RD a bit that "may be
 * set in a query", an option of the protocol that a stub has to take); recorded as no keyword
 * (see {@link Rule}). An embedded resolver is a stub.
 */
@Rule(id = "RFC1034-5.3.1-stub-recursion-desired", rfc = 1034, section = "5.3.1", level = NO_KEYWORD, protocol = "DNS",
        summary = "A stub resolver's standard queries set RD (recursion desired)")
public final class RecursionDesired extends ConformanceRule {
    private static final int RD = 0x0100;

    public RecursionDesired() {
        super(Kind.DNS);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (!DnsClientModel.isQuery(f)) {
            return;
        }
        if ((f.dns().flags() & RD) != 0) {
            judge.conforms(this, Frames.number(f));
        } else {
            judge.fail(this, "query 0x" + Integer.toHexString(f.dns().id()) + " has RD clear", null, Frames.number(f));
        }
    }
}
