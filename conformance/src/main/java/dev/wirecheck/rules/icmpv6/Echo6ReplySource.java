package dev.wirecheck.rules.icmpv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.EchoLedger;
import dev.wirecheck.rules.EchoReplyRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.MUST;

/** A reply to a request sent to a unicast address comes from that same address. */
@Rule(id = "RFC4443-4.2-echo-source", rfc = 4443, section = "4.2", level = MUST, protocol = "ICMPv6",
        summary = "The source of an Echo Reply to a unicast Echo Request is the request's destination address")
public final class Echo6ReplySource extends EchoReplyRule {
    public Echo6ReplySource() {
        super(true);
    }

    @Override
    protected void judge(EchoLedger.Request request, DecodedFrame reply, Judge judge) {
        if (request.toMulticast()) {
            return;
        }
        int src = reply.ipv6().srcOffset();
        if (Net.v6Equal(reply.bytes(), src, request.bytes(), request.dstAt())) {
            judge.conforms(this, Frames.number(reply));
        } else {
            judge.fail(this, "reply from " + Net.v6Text(reply.bytes(), src) + ", the request in frame " + request.frame()
                    + " went to " + Net.v6Text(request.bytes(), request.dstAt()), Frames.mark(reply, src, 16),
                    request.frame(), Frames.number(reply));
        }
    }
}
