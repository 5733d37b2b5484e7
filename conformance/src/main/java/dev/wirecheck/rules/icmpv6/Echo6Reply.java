package dev.wirecheck.rules.icmpv6;

import dev.wirecheck.rules.EchoAnsweredRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST;

/** Every node answers echo requests to its unicast addresses (the IPv6 ping responder). */
@Rule(id = "RFC4443-4.1-echo-reply", rfc = 4443, section = "4.1", level = MUST, protocol = "ICMPv6",
        summary = "Every node implements an Echo responder: an Echo Request to its address gets an Echo Reply")
public final class Echo6Reply extends EchoAnsweredRule {
    public Echo6Reply() {
        super(true);
    }
}
