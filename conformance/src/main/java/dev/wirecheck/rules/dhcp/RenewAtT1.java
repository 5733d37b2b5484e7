package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * RFC 2131 §4.4.5: "At time T1 the client moves to RENEWING state and sends (via unicast) a
 * DHCPREQUEST message to the server to extend its lease", and §4.1: "DHCP clients MUST use the IP
 * address provided in the 'server identifier' option for any unicast requests to the DHCP
 * server." The DUT's first REQUEST with 'ciaddr' set after a DHCPACK, sent before T2, goes by
 * unicast to the server identifier; none by T1 (plus grace) fails. "The client MAY choose to renew
 * or extend its lease prior to T1", so an early renewal passes. The T1 sentence has no RFC 2119
 * keyword; it states the protocol, recorded as no keyword (see {@link Rule}). Judgeable only when the capture runs past T1.
 */
@Rule(id = "RFC2131-4.4.5-renew-at-t1", rfc = 2131, section = "4.4.5", level = NO_KEYWORD, protocol = "DHCP",
        summary = "By T1 the client renews with a REQUEST (ciaddr set) unicast to the server")
public final class RenewAtT1 extends ConformanceRule {
    public RenewAtT1() {
        super(Kind.DHCP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (DhcpMessages.replyToDut(f, judge) != DhcpMessageType.ACK) {
            return;
        }
        long t1 = LeaseTimer.t1(f.dhcp());
        long t2 = LeaseTimer.t2(f.dhcp());
        if (t1 >= 0 && t2 >= t1) {
            judge.expect(new Renewal(this, f, LeaseTimer.deadline(f, judge, t1, t2 - t1), t1, t2));
        }
    }

    private static final class Renewal extends LeaseTimer {
        private final long t2Time;

        Renewal(ConformanceRule rule, DecodedFrame ack, long deadline, long t1, long t2) {
            super(rule, ack, deadline, "T1", t1);
            t2Time = Frames.time(ack) + t2 * 1_000_000_000L;
        }

        @Override
        public boolean onDutFrame(DecodedFrame f, Judge judge) {
            if (!extendsLease(f) || Frames.time(f) >= t2Time) {
                return false;
            }
            long n = Frames.number(f);
            int dst = f.ipv4() == null ? 0 : f.ipv4().dst();
            if (dst == server) {
                judge.pass(rule, "renewing REQUEST in frame " + n + ", " + since(f) + ", unicast to " + Frames.v4(server),
                        stimulus, n);
            } else {
                judge.fail(rule, "renewing REQUEST in frame " + n + " goes to " + Frames.v4(dst) + ", not by unicast to the "
                        + "server " + Frames.v4(server), null, stimulus, n);
            }
            return true;
        }

        @Override
        public void expired(Judge judge) {
            judge.fail(rule, "no renewing REQUEST for " + Frames.v4(address) + " by T1 after the DHCPACK in frame "
                    + stimulus, null, stimulus);
        }
    }
}
