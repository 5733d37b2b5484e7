package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

/**
 * A rule about the DHCP messages the DUT's client sends, judged against the client model as
 * it stood before the message. Subclasses say which messages they judge and what is wrong.
 */
abstract class DhcpClientRule extends ConformanceRule {
    DhcpClientRule() {
        super(Kind.DHCP);
    }

    /** Whether the rule judges this client message. */
    abstract boolean applies(Dhcp d, DhcpMessageType type, DhcpClientModel client);

    /** Why the message breaks the rule, or null. */
    abstract String violation(Dhcp d, DhcpMessageType type, DhcpClientModel client);

    /** Why the message breaks the rule, for rules that also read the frame's other layers; by default the message's. */
    String violation(DecodedFrame f, Dhcp d, DhcpMessageType type, DhcpClientModel client) {
        return violation(d, type, client);
    }

    @Override
    public final void onDutFrame(DecodedFrame f, Judge judge) {
        Dhcp d = f.dhcp();
        if (d == null || !d.cookieValid() || d.op() != Dhcp.BOOTREQUEST || d.messageType() == null) {
            return;
        }
        DhcpClientModel client = judge.stack().dhcp();
        DhcpMessageType type = d.messageType();
        if (!applies(d, type, client)) {
            return;
        }
        String why = violation(f, d, type, client);
        if (why == null) {
            judge.conforms(this, Frames.number(f));
        } else {
            judge.fail(this, why, null, Frames.number(f));
        }
    }

    static boolean zero(java.net.Inet4Address a) {
        return a == null || a.isAnyLocalAddress();
    }
}
