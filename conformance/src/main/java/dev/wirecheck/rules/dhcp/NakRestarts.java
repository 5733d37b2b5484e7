package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * RFC 2131 §3.2 step 3: "If the client receives a DHCPNAK message, it cannot reuse its remembered
 * network address. It must instead request a new address by restarting the configuration
 * process" (§3.1 step 5 and figure 5 say the same for every state: DHCPNAK leads to INIT). After a
 * NAK answering the DUT's REQUEST, the DUT's next DHCP message is a DISCOVER, and it sends
 * nothing from the refused address meanwhile. The next DHCP message decides; a client that stays
 * silent for the 64 s that bound §4.1's retransmission delays fails; a capture ending sooner is
 * inconclusive. Lower-case "must" in an RFC that capitalizes its keywords, recorded as no keyword
 * (see {@link Rule}).
 */
@Rule(id = "RFC2131-3.2-nak-restarts", rfc = 2131, section = "3.2", level = NO_KEYWORD, protocol = "DHCP",
        summary = "After a DHCPNAK the client restarts with a DISCOVER and stops using the refused address")
public final class NakRestarts extends ConformanceRule {
    /** RFC 2131 §4.1: retransmission delays grow "up to a maximum of 64 seconds". */
    static final long RESTART_WINDOW_NANOS = 64_000_000_000L;

    public NakRestarts() {
        super(Kind.DHCP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        DhcpClientModel client = judge.stack().dhcp();
        if (DhcpMessages.replyToDut(f, judge) == DhcpMessageType.NAK && f.dhcp().xid() == client.xid()) {
            judge.expect(new Restart(this, Frames.number(f), Frames.time(f) + RESTART_WINDOW_NANOS,
                    client.requestedAddress()));
        }
    }

    /** Waits for the DUT's next DHCP message; a frame from the refused address before it fails. */
    private static final class Restart extends Expectation {
        private final int refused;

        Restart(ConformanceRule rule, long nak, long deadline, int refused) {
            super(rule, nak, deadline);
            this.refused = refused;
        }

        @Override
        public boolean onDutFrame(DecodedFrame f, Judge judge) {
            long n = Frames.number(f);
            if (refused != 0 && DhcpMessages.uses(f, refused)) {
                judge.fail(rule, "frame " + n + " still uses " + Frames.v4(refused) + " after the DHCPNAK in frame "
                        + stimulus, null, stimulus, n);
                return true;
            }
            DhcpMessageType type = DhcpMessages.request(f);
            if (type == null) {
                return false;
            }
            if (type == DhcpMessageType.DISCOVER) {
                judge.pass(rule, "DISCOVER in frame " + n + " restarts after the DHCPNAK in frame " + stimulus,
                        stimulus, n);
            } else {
                judge.fail(rule, "the DUT's next DHCP message after the DHCPNAK in frame " + stimulus + " is a "
                        + type + " (frame " + n + "), not a DISCOVER", null, stimulus, n);
            }
            return true;
        }

        @Override
        public void expired(Judge judge) {
            judge.fail(rule, "no DISCOVER within 64 s of the DHCPNAK in frame " + stimulus, null, stimulus);
        }
    }
}
