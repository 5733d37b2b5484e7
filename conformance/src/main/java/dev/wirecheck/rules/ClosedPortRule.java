package dev.wirecheck.rules;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Udp;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;

/**
 * A datagram to a UDP port with no listener gets a port-unreachable error. From outside, a
 * port is open when the DUT has sent from it or answers with UDP; so for a datagram to a port
 * the DUT never used, an ICMP port unreachable passes, a UDP answer shows the port open (no
 * verdict), and silence is inconclusive (the port may be open and its application quiet) —
 * unless the DUT answered earlier datagrams to that port with port unreachable, then silence fails.
 */
public abstract class ClosedPortRule extends ConformanceRule {
    private final boolean v6;
    private final boolean[] knownClosed = new boolean[65536];

    protected ClosedPortRule(boolean v6) {
        super(Kind.UDP);
        this.v6 = v6;
    }

    /** True for the DUT's port-unreachable error (ICMPv4 type 3 code 3, ICMPv6 type 1 code 4). */
    protected abstract boolean isPortUnreachable(DecodedFrame d);

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        boolean family = v6 ? f.ipv6() != null : f.ipv4() != null;
        if (!family || !Frames.clean(f) || !(v6 ? Frames.toOwnedV6(f, judge) : Frames.toOwnedV4(f, judge))) {
            return;
        }
        Udp u = f.udp();
        int port = u.dstPort();
        if (judge.stack().dutUsesUdpPort(port) || port == 68 || port == 546) {
            return;
        }
        Stimulus s = Stimulus.of(f);
        ClosedPortRule rule = this;
        judge.expect(new Expectation(this, Frames.number(f), Frames.deadline(f, judge)) {
            @Override
            public boolean onDutFrame(DecodedFrame d, Judge j) {
                if (s.erroredBy(d) && isPortUnreachable(d)) {
                    knownClosed[port] = true;
                    j.pass(rule, "port unreachable for UDP port " + port + " in frame " + d.frame().number(),
                            stimulus, d.frame().number());
                    return true;
                }
                return s.repliedBy(d); // the port is open: not this rule's business
            }

            @Override
            public void expired(Judge j) {
                if (knownClosed[port]) {
                    j.fail(rule, "no port unreachable for closed UDP port " + port + " within "
                            + dev.wirecheck.stack.Durations.text(j.deadlineNanos()), null, stimulus);
                } else {
                    j.inconclusive(rule, "no answer to the datagram for UDP port " + port
                            + ": closed without an error, or open and silent", stimulus);
                }
            }
        }.concerning(s.answerKinds(), s.answerKeys()));
    }
}
