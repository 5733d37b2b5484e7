package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.EchoLedger;
import dev.wirecheck.rules.EchoReplyRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * The reply carries the identifier and sequence number of the request it answers. A reply
 * that matches no request of the capture with those numbers, while requests from that peer
 * are outstanding, has changed them.
 */
@Rule(id = "RFC792-echo-identifiers", rfc = 792, section = "Echo or Echo Reply Message", level = NO_KEYWORD,
        protocol = "ICMPv4", summary = "An Echo Reply returns the identifier and sequence number of its request")
public final class EchoReplyIdentifiers extends EchoReplyRule {
    private long requestsSeen;

    public EchoReplyIdentifiers() {
        super(false);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        super.onPeerFrame(f, judge);
        if (f.icmpv4().type() == 8) {
            requestsSeen++;
        }
    }

    @Override
    protected void judge(EchoLedger.Request request, DecodedFrame reply, Judge judge) {
        judge.conforms(this, Frames.number(reply));
    }

    @Override
    protected void unmatched(DecodedFrame reply, Judge judge) {
        if (requestsSeen > 0) {
            judge.fail(this, String.format("echo reply id=0x%04x seq=%d answers no echo request of the capture",
                    reply.icmpv4().identifier(), reply.icmpv4().sequence()),
                    Frames.mark(reply, reply.icmpv4().offset() + 4, 4), Frames.number(reply));
        }
    }
}
