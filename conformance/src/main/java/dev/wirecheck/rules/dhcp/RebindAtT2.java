package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * RFC 2131 §4.4.5: "If no DHCPACK arrives before time T2, the client moves to REBINDING state and
 * sends (via broadcast) a DHCPREQUEST message to extend its lease." When no new DHCPACK reaches
 * the DUT by T2, its first REQUEST with 'ciaddr' set from T2 on is broadcast (IP 255.255.255.255
 * or the Ethernet broadcast address); none by T2 (plus grace) fails. The sentence has no RFC 2119
 * keyword; recorded as no keyword (see {@link Rule}).
 * Judgeable only when the capture runs past T2 without a new DHCPACK.
 */
@Rule(id = "RFC2131-4.4.5-rebind-at-t2", rfc = 2131, section = "4.4.5", level = NO_KEYWORD, protocol = "DHCP",
        summary = "Without a DHCPACK by T2 the client rebinds with a broadcast REQUEST (ciaddr set)")
public final class RebindAtT2 extends ConformanceRule {
    private static final int ALL_ONES = 0xffffffff;

    public RebindAtT2() {
        super(Kind.DHCP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (DhcpMessages.replyToDut(f, judge) != DhcpMessageType.ACK) {
            return;
        }
        long t2 = LeaseTimer.t2(f.dhcp());
        if (t2 >= 0) {
            long span = f.dhcp().leaseTime() - t2;
            judge.expect(new Rebinding(this, f, LeaseTimer.deadline(f, judge, t2, span), t2));
        }
    }

    private static final class Rebinding extends LeaseTimer {
        private final long t2Time;

        Rebinding(ConformanceRule rule, DecodedFrame ack, long deadline, long t2) {
            super(rule, ack, deadline, "T2", t2);
            t2Time = Frames.time(ack) + t2 * 1_000_000_000L;
        }

        @Override
        public boolean onDutFrame(DecodedFrame f, Judge judge) {
            if (!extendsLease(f) || Frames.time(f) < t2Time) {
                return false; // renewing requests before T2 are RFC2131-4.4.5-renew-at-t1's
            }
            long n = Frames.number(f);
            boolean broadcast = (f.ipv4() != null && f.ipv4().dst() == ALL_ONES)
                    || (f.ethernet() != null && Net.mac(f.bytes(), f.ethernet().dstOffset()) == 0xffff_ffff_ffffL);
            if (broadcast) {
                judge.pass(rule, "rebinding REQUEST in frame " + n + ", " + since(f) + ", broadcast", stimulus, n);
            } else {
                judge.fail(rule, "rebinding REQUEST in frame " + n + ", " + since(f) + ", is not broadcast (to "
                        + Frames.v4(f.ipv4() == null ? 0 : f.ipv4().dst()) + ")", null, stimulus, n);
            }
            return true;
        }

        @Override
        public void expired(Judge judge) {
            judge.fail(rule, "no DHCPACK and no rebinding REQUEST for " + Frames.v4(address) + " by T2 after the DHCPACK"
                    + " in frame " + stimulus, null, stimulus);
        }
    }
}
