package dev.wirecheck.rules.mcast;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.MUST;

/**
 * MLD messages come from a link-local address — or from :: while none is usable yet, as
 * RFC 3590 §4 allows for reports.
 */
@Rule(id = "RFC9777-5-link-local-source", rfc = 9777, section = "5", level = MUST, protocol = "MLD",
        summary = "MLD messages are sent from a link-local source address (or :: before one is valid, RFC 3590)")
public final class MldSource extends GroupMessageRule {
    public MldSource() {
        super(true);
    }

    @Override
    boolean judges(DecodedFrame f) {
        return isMldMessage(f);
    }

    @Override
    String defect(DecodedFrame f, int[] at) {
        byte[] b = f.bytes();
        int src = f.ipv6().srcOffset();
        at[0] = src;
        return Net.v6LinkLocal(b, src) || Net.v6Unspecified(b, src) ? null
                : "MLD message from " + Net.v6Text(b, src) + ", not a link-local address";
    }
}
