package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.EchoData;
import dev.wirecheck.rules.EchoLedger;
import dev.wirecheck.rules.EchoReplyRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.MUST;

/** The reply returns the request's data, all of it, unchanged. */
@Rule(id = "RFC1122-3.2.2.6-echo-data", rfc = 1122, section = "3.2.2.6", level = MUST, protocol = "ICMPv4",
        summary = "The data received in an Echo Request is entirely included in the Echo Reply")
public final class EchoReplyData extends EchoReplyRule {
    public EchoReplyData() {
        super(false);
    }

    @Override
    protected void judge(EchoLedger.Request request, DecodedFrame reply, Judge judge) {
        EchoData.compare(this, request, reply, reply.icmpv4().bodyOffset(), reply.icmpv4().bodyLength(), judge);
    }
}
