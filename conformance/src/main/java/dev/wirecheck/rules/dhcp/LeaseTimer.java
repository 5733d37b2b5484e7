package dev.wirecheck.rules.dhcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Durations;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.dhcp.DhcpClientModel;

/**
 * A lease timer of RFC 2131 §4.4.5 started by a DHCPACK: T1 (option 58, else half the lease) or
 * T2 (option 59, else 0.875 of it), both from the ACK's arrival. The timer's expectation waits
 * for the DUT's REQUEST with 'ciaddr' set to the leased address; a capture that ends before the
 * timer (plus its grace) is inconclusive, since it cannot show what the DUT does then. The grace
 * is the checker's deadline, or one eighth of the time to the next timer when that is longer:
 * §4.4.5 asks for "some random 'fuzz'" around T1 and T2.
 */
abstract class LeaseTimer extends Expectation {
    private static final long NANOS = 1_000_000_000L;
    /** RFC 2131 §3.3: 0xffffffff is an infinite lease, which never needs renewing. */
    static final long INFINITE = 0xffffffffL;

    final long ackTime;
    final int address;
    final int server;
    private final String timer;
    private final long seconds;

    LeaseTimer(ConformanceRule rule, DecodedFrame ack, long deadline, String timer, long seconds) {
        super(rule, Frames.number(ack), deadline);
        this.ackTime = Frames.time(ack);
        this.address = DhcpMessages.yiaddr(ack);
        Dhcp d = ack.dhcp();
        int id = DhcpClientModel.address(d.serverId());
        this.server = id != 0 ? id : ack.ipv4() == null ? 0 : ack.ipv4().src();
        this.timer = timer;
        this.seconds = seconds;
        concerningOnly(kinds(Kind.DHCP)); // only DHCP messages settle a timer, from either side
    }

    /** T1 in seconds for this ACK, or -1 when the lease is infinite or absent. */
    static long t1(Dhcp d) {
        long lease = d.leaseTime();
        if (lease < 0 || lease == INFINITE) {
            return -1;
        }
        return d.renewalTime() >= 0 ? d.renewalTime() : lease / 2;
    }

    /** T2 in seconds for this ACK, or -1 when the lease is infinite or absent. */
    static long t2(Dhcp d) {
        long lease = d.leaseTime();
        if (lease < 0 || lease == INFINITE) {
            return -1;
        }
        return d.rebindingTime() >= 0 ? d.rebindingTime() : lease * 7 / 8;
    }

    /** The deadline of a timer of {@code seconds} with {@code span} seconds to the next one. */
    static long deadline(DecodedFrame ack, Judge judge, long seconds, long span) {
        long grace = Math.max(judge.deadlineNanos(), span * NANOS / 8);
        return Frames.time(ack) + seconds * NANOS + Math.min(grace, Math.max(span, 0) * NANOS);
    }

    /** A REQUEST from the DUT for the leased address ('ciaddr' set): RENEWING or REBINDING. */
    final boolean extendsLease(DecodedFrame f) {
        return DhcpMessages.request(f) == DhcpMessageType.REQUEST && DhcpMessages.ciaddr(f) == address;
    }

    /** Seconds from the ACK to this frame, for messages. */
    final String since(DecodedFrame f) {
        return Durations.text((Frames.time(f) - ackTime) / 1_000_000 * 1_000_000) + " after the DHCPACK in frame "
                + stimulus;
    }

    /**
     * A new DHCPACK with a lease for the DUT restarts the timers: this expectation ends without a
     * verdict. An ACK without a lease time (the answer to a DHCPINFORM, §4.3.5) leaves them running.
     */
    @Override
    public boolean onPeerFrame(DecodedFrame f, Judge judge) {
        return DhcpMessages.replyToDut(f, judge) == DhcpMessageType.ACK && f.dhcp().leaseTime() >= 0;
    }

    @Override
    public void unfinished(Judge judge) {
        judge.inconclusive(rule, "the capture ends before " + timer + " (" + seconds + " s after the DHCPACK in frame "
                + stimulus + ") has passed: what the DUT does then is not in it", stimulus);
    }
}
