package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.rules.EchoAnsweredRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST;

/** Every well-formed, unfragmented echo request to an address the DUT owns gets an echo reply. */
@Rule(id = "RFC1122-3.2.2.6-echo-reply", rfc = 1122, section = "3.2.2.6", level = MUST, protocol = "ICMPv4",
        summary = "Every ICMP Echo Request to the host is answered with an Echo Reply")
public final class EchoReply extends EchoAnsweredRule {
    public EchoReply() {
        super(false);
    }
}
