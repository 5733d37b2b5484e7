package dev.wirecheck.rules.icmpv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.EchoData;
import dev.wirecheck.rules.EchoLedger;
import dev.wirecheck.rules.EchoReplyRule;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.MUST;

/** The reply returns the request's identifier, sequence number (matched by the ledger) and data, unmodified. */
@Rule(id = "RFC4443-4.2-echo-data", rfc = 4443, section = "4.2", level = MUST, protocol = "ICMPv6",
        summary = "The data of an Echo Request is returned entirely and unmodified in the Echo Reply")
public final class Echo6ReplyData extends EchoReplyRule {
    public Echo6ReplyData() {
        super(true);
    }

    @Override
    protected void judge(EchoLedger.Request request, DecodedFrame reply, Judge judge) {
        EchoData.compare(this, request, reply, reply.icmpv6().bodyOffset(), reply.icmpv6().bodyLength(), judge);
    }
}
