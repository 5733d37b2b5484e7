package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.EchoLedger;
import dev.wirecheck.rules.EchoReplyRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.wire.Bytes;

import static dev.wirecheck.check.Level.MUST;

/** A reply to a unicast request comes from the address the request was sent to. */
@Rule(id = "RFC1122-3.2.2.6-echo-source", rfc = 1122, section = "3.2.2.6", level = MUST, protocol = "ICMPv4",
        summary = "The source of an Echo Reply is the specific destination address of the Echo Request")
public final class EchoReplySource extends EchoReplyRule {
    public EchoReplySource() {
        super(false);
    }

    @Override
    protected void judge(EchoLedger.Request request, DecodedFrame reply, Judge judge) {
        if (request.toMulticast()) {
            return;
        }
        int src = reply.ipv4().srcOffset();
        if (Bytes.equal(reply.bytes(), src, request.bytes(), request.dstAt(), 4)) {
            judge.conforms(this, Frames.number(reply));
        } else {
            judge.fail(this, "reply from " + Bytes.ipv4(reply.bytes(), src) + ", the request in frame " + request.frame()
                    + " went to " + Bytes.ipv4(request.bytes(), request.dstAt()), Frames.mark(reply, src, 4),
                    request.frame(), Frames.number(reply));
        }
    }
}
