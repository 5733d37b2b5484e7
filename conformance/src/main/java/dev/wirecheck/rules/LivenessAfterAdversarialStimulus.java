package dev.wirecheck.rules;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.stack.AdversarialStimuli;
import dev.wirecheck.stack.Durations;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;
import dev.wirecheck.stack.Stimulus;

import static dev.wirecheck.check.Level.SHOULD;

/**
 * "Software should be written to deal with every conceivable error, no matter how unlikely; sooner
 * or later a packet will come in with that particular combination of errors and attributes, and
 * unless the software is prepared, chaos can ensue." After a peer frame that
 * {@link AdversarialStimuli} classifies as an attack, the DUT still answers the next ordinary
 * request: an echo request to one of its addresses, or a SYN to a port it accepted a connection
 * on before. Any answer (reply, RST, ICMP error) shows it alive and passes; silence fails, and so
 * does a sign that it rebooted before answering (a new DHCPDISCOVER, or Duplicate Address
 * Detection for an address it already owned). The verdict names the first and the last
 * adversarial frame of the burst and the request. No verdict when no ordinary request follows.
 * RFC 1122 writes a lower-case "should" here; recorded as SHOULD.
 */
@Rule(id = "RFC1122-1.2.2-liveness", rfc = 1122, section = "1.2.2", level = SHOULD, protocol = "TCP",
        summary = "After an adversarial frame the DUT still answers the next ordinary request and does not reboot")
public final class LivenessAfterAdversarialStimulus extends ConformanceRule {
    /** A burst of adversarial frames with no ordinary request between them, and its verdict. */
    private static final class Episode {
        final long first;
        final String why;
        long last;
        int count = 1;
        long request = -1;
        boolean judged;

        Episode(long first, String why) {
            this.first = first;
            this.last = first;
            this.why = why;
        }

        String describe() {
            return count == 1 ? "adversarial frame " + first + " (" + why + ")"
                    : count + " adversarial frames " + first + " to " + last + " (the first: " + why + ")";
        }
    }

    private final boolean[] listening = new boolean[65536];
    private Episode open;

    public LivenessAfterAdversarialStimulus() {
        super(Kind.ETHERNET, Kind.SLL, Kind.IPV4, Kind.IPV6, Kind.ARP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        String why = AdversarialStimuli.classify(f, judge.stack());
        if (why != null) {
            if (open == null || open.request >= 0) {
                open = new Episode(Frames.number(f), why);
            } else {
                open.last = Frames.number(f);
                open.count++;
            }
            return;
        }
        if (open == null || open.request >= 0 || !ordinaryRequest(f, judge)) {
            return;
        }
        Episode e = open;
        e.request = Frames.number(f);
        Stimulus s = Stimulus.of(f);
        judge.expect(new Expectation(this, e.request, Frames.deadline(f, judge)) {
            @Override
            public boolean onDutFrame(DecodedFrame d, Judge j) {
                if (!s.answeredBy(d)) {
                    return false;
                }
                if (!e.judged) {
                    e.judged = true;
                    j.pass(rule, "frame " + Frames.number(d) + " answers the request in frame " + e.request + " after "
                            + e.describe(), e.first, e.request, Frames.number(d));
                }
                close(e);
                return true;
            }

            @Override
            public void expired(Judge j) {
                if (!e.judged) {
                    e.judged = true;
                    j.fail(rule, "no answer within " + Durations.text(j.deadlineNanos()) + " to the request in frame "
                            + e.request + " after " + e.describe(), null, e.first, e.last, e.request);
                }
                close(e);
            }

            @Override
            public void unfinished(Judge j) {
                if (!e.judged) {
                    e.judged = true;
                    j.inconclusive(rule, "the capture ends before the deadline of the request in frame " + e.request
                            + " after " + e.describe(), e.first, e.request);
                }
                close(e);
            }
        }.concerning(s.answerKinds(), s.answerKeys()));
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Tcp t = f.tcp();
        if (t != null && t.headerLength() > 0 && t.syn() && t.ackFlag()) {
            listening[t.srcPort()] = true;
        }
        if (open == null || open.judged) {
            return;
        }
        String reboot = rebootSign(f, judge);
        if (reboot != null) {
            open.judged = true;
            judge.fail(this, reboot + " in frame " + Frames.number(f) + " after " + open.describe()
                    + ": the DUT restarted", null, open.first, open.last, Frames.number(f));
            open = null;
        }
    }

    private void close(Episode e) {
        if (open == e) {
            open = null;
        }
    }

    /** An echo request to an address of the DUT, or a SYN to a port where the DUT accepted a connection before. */
    private boolean ordinaryRequest(DecodedFrame f, Judge judge) {
        if (f.malformed()) {
            return false;
        }
        Icmpv4 m4 = f.icmpv4();
        if (m4 != null && m4.type() == Icmpv4.ECHO_REQUEST && !f.ipv4().isFragment()) {
            return Frames.toOwnedV4(f, judge);
        }
        Icmpv6 m6 = f.icmpv6();
        if (m6 != null && m6.type() == Icmpv6.ECHO_REQUEST && !f.ipv6().isFragment()) {
            return Frames.toOwnedV6(f, judge);
        }
        Tcp t = f.tcp();
        return t != null && t.headerLength() > 0 && t.syn() && !t.ackFlag() && !t.rst() && listening[t.dstPort()]
                && (Frames.toOwnedV4(f, judge) || Frames.toOwnedV6(f, judge));
    }

    /** A DHCPDISCOVER, or a DAD probe for an address the DUT already owned: the DUT starts over. */
    private static String rebootSign(DecodedFrame f, Judge judge) {
        Dhcp d = f.dhcp();
        if (d != null && d.op() == Dhcp.BOOTREQUEST && d.messageType() == DhcpMessageType.DISCOVER) {
            return "DHCPDISCOVER";
        }
        Icmpv6 m = f.icmpv6();
        if (m != null && m.type() == Icmpv6.NEIGHBOR_SOLICITATION && m.complete()
                && Net.v6Unspecified(f.bytes(), f.ipv6().srcOffset())
                && judge.stack().addresses().ownsV6(f.bytes(), m.targetOffset(), Frames.time(f))) {
            return "Duplicate Address Detection for its own address " + Net.v6Text(f.bytes(), m.targetOffset());
        }
        return null;
    }
}
