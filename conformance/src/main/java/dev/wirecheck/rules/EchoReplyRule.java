package dev.wirecheck.rules;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.stack.Judge;

/**
 * A rule about how an echo reply mirrors its request: it keeps an {@link EchoLedger} of the
 * peers' requests and judges each DUT echo reply against the request it answers.
 */
public abstract class EchoReplyRule extends ConformanceRule {
    private final EchoLedger ledger = new EchoLedger();
    private final boolean v6;

    protected EchoReplyRule(boolean v6) {
        super(v6 ? Kind.ICMPV6 : Kind.ICMPV4);
        this.v6 = v6;
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (isType(f, v6 ? Icmpv6.ECHO_REQUEST : Icmpv4.ECHO_REQUEST)) {
            ledger.request(f);
        }
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        boolean fragment = v6 ? f.ipv6().isFragment() : f.ipv4().isFragment();
        if (fragment || !isType(f, v6 ? Icmpv6.ECHO_REPLY : Icmpv4.ECHO_REPLY)) {
            return; // a fragmented reply cannot be compared frame by frame
        }
        EchoLedger.Request request = ledger.answer(f);
        if (request != null) {
            judge(request, f, judge);
        } else {
            unmatched(f, judge);
        }
    }

    private boolean isType(DecodedFrame f, int type) {
        return v6 ? f.icmpv6().type() == type && f.icmpv6().complete() : f.icmpv4().type() == type;
    }

    /** Judges a reply that answers a known request. */
    protected abstract void judge(EchoLedger.Request request, DecodedFrame reply, Judge judge);

    /** A reply to no request the capture shows (by default: no verdict, the request may predate the capture). */
    protected void unmatched(DecodedFrame reply, Judge judge) {
    }
}
