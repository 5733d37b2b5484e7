package dev.wirecheck.rules;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.stack.Judge;

/**
 * A "no ICMP error about …" rule (RFC 1122 §3.2.2, RFC 4443 §2.4 (e)), judged on the error
 * the DUT sends: the datagram it quotes shows what provoked it. Errors whose quote the
 * dissector could not read are not judged.
 */
public abstract class ErrorRestrictionRule extends ConformanceRule {
    private final boolean v6;

    protected ErrorRestrictionRule(boolean v6) {
        super(v6 ? Kind.ICMPV6 : Kind.ICMPV4);
        this.v6 = v6;
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        boolean error = v6 ? f.icmpv6().quotesPacket() && f.quotedIpv6() != null
                : f.icmpv4().isError() && f.quotedIpv4() != null;
        if (!error) {
            return;
        }
        String why = violation(f);
        if (why == null) {
            judge.conforms(this, Frames.number(f));
        } else {
            int at = v6 ? f.quotedIpv6().offset() : f.quotedIpv4().offset();
            judge.fail(this, why, Frames.mark(f, at, v6 ? 40 : 20), Frames.number(f));
        }
    }

    /** Why this error should not have been sent, or null when it may be. */
    protected abstract String violation(DecodedFrame error);
}
