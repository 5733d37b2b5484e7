package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.dhcp.DhcpClientModel;
import dev.wirecheck.wire.Bytes;

import static dev.wirecheck.check.Level.MUST;

/**
 * RFC 2131 §3.1 step 5: "If the client detects that the address is already in use (e.g., through
 * the use of ARP), the client MUST send a DHCPDECLINE message to the server and restarts the
 * configuration process." The detection the capture can show is RFC 5227 §2.1.1's: after the
 * DHCPACK and before the DUT has used the address, another station sends an ARP packet whose
 * sender protocol address is the acknowledged address. A DHCPDECLINE naming it (option 50, with
 * 'ciaddr' 0 as Table 5 gives) must follow within the deadline, and the DUT must not use the
 * address meanwhile.
 */
@Rule(id = "RFC2131-3.1-decline-on-conflict", rfc = 2131, section = "3.1", level = MUST, protocol = "DHCP",
        summary = "An ARP conflict on the acknowledged address during the check is answered with a DHCPDECLINE")
public final class DeclineOnConflict extends ConformanceRule {
    private int checking;
    private long ackFrame = -1;

    public DeclineOnConflict() {
        super(Kind.DHCP, Kind.ARP, Kind.IPV4);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (DhcpMessages.replyToDut(f, judge) == DhcpMessageType.ACK) {
            checking = DhcpMessages.yiaddr(f);
            ackFrame = Frames.number(f);
            return;
        }
        Arp a = f.arp();
        if (checking != 0 && a != null && a.isEthernetIpv4()
                && (int) Bytes.u32(f.bytes(), a.senderProtoOffset()) == checking) {
            judge.expect(new Decline(this, f, checking, ackFrame, Frames.deadline(f, judge)));
            checking = 0;
        }
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (checking != 0 && DhcpMessages.uses(f, checking)) {
            checking = 0; // the DUT took the address into use: a later conflict is RFC 5227 §2.4's defence
        }
    }

    /** The awaited DHCPDECLINE; a frame from the conflicting address before it fails. */
    private static final class Decline extends Expectation {
        private final int address;
        private final long ack;

        Decline(ConformanceRule rule, DecodedFrame conflict, int address, long ack, long deadline) {
            super(rule, Frames.number(conflict), deadline);
            this.address = address;
            this.ack = ack;
        }

        @Override
        public boolean onDutFrame(DecodedFrame f, Judge judge) {
            long n = Frames.number(f);
            if (DhcpMessages.uses(f, address)) {
                judge.fail(rule, "frame " + n + " uses " + Frames.v4(address) + " although frame " + stimulus
                        + " shows it in use by another station", null, ack, stimulus, n);
                return true;
            }
            if (DhcpMessages.request(f) != DhcpMessageType.DECLINE) {
                return false;
            }
            int named = DhcpClientModel.address(f.dhcp().requestedIp());
            if (named != address) {
                judge.fail(rule, "the DHCPDECLINE in frame " + n + " names " + (named == 0 ? "no address" : Frames.v4(named))
                        + " in option 50, not " + Frames.v4(address), null, ack, stimulus, n);
            } else if (DhcpMessages.ciaddr(f) != 0) {
                judge.fail(rule, "the DHCPDECLINE in frame " + n + " has ciaddr " + Frames.v4(DhcpMessages.ciaddr(f))
                        + " (Table 5: 0)", null, ack, stimulus, n);
            } else {
                judge.pass(rule, "DHCPDECLINE of " + Frames.v4(address) + " in frame " + n + " after the conflict in frame "
                        + stimulus, ack, stimulus, n);
            }
            return true;
        }

        @Override
        public void expired(Judge judge) {
            judge.fail(rule, "no DHCPDECLINE within " + dev.wirecheck.stack.Durations.text(judge.deadlineNanos())
                    + " of the conflicting ARP packet in frame " + stimulus + " for " + Frames.v4(address), null, ack,
                    stimulus);
        }
    }
}
