package dev.wirecheck.rules.ipv6;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.parsers.hand.TlvCursor;
import dev.wirecheck.parsers.hand.TlvFormat;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Problems;

/**
 * RFC 8200 §4.2: the two high-order bits of an option type the node does not recognise say
 * what it does with the packet — 00 skip the option, 01 discard, 10 discard and send a
 * Parameter Problem (code 2, pointing at the option) even to multicast, 11 the same but not
 * when the destination is multicast. A peer packet to the DUT with a hop-by-hop or destination
 * option of an unassigned type (IANA registry) is the stimulus; each subclass judges one
 * action.
 */
abstract class UnknownOptionRule extends ConformanceRule {
    /** Option types with an IANA assignment, which a DUT may well recognise. */
    private static final int[] ASSIGNED = {0x00, 0x01, 0x04, 0x05, 0x07, 0x08, 0x26, 0x23, 0x63, 0x6d, 0x8b, 0x8c,
            0x11, 0x12, 0x30, 0x31, 0x0f, 0xc2, 0xc9, 0xee};

    private final int action;
    private final TlvCursor cursor = new TlvCursor();

    UnknownOptionRule(int action) {
        super(Kind.IPV6);
        this.action = action;
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        Ipv6 ip = f.ipv6();
        if (ip.extensionCount() == 0 || !Frames.clean(f) || !Frames.toDutV6(f, judge)) {
            return;
        }
        int option = firstUnknownOption(f, ip);
        if (option < 0 || (f.bytes()[option] & 0xff) >>> 6 != action) {
            return;
        }
        expect(f, ip, option, Stimulus.of(f), judge);
    }

    /** Sets the expectation for a stimulus whose first unknown option sits at {@code option}. */
    abstract void expect(DecodedFrame f, Ipv6 ip, int option, Stimulus s, Judge judge);

    private int firstUnknownOption(DecodedFrame f, Ipv6 ip) {
        for (int i = 0; i < ip.extensionCount(); i++) {
            int type = ip.extensionType(i);
            if (type != IpProtocols.HOPOPT && type != IpProtocols.IPV6_OPTS) {
                continue;
            }
            int at = ip.extensionOffset(i);
            cursor.reset(f.bytes(), at + 2, at + ip.extensionLength(i), TlvFormat.IPV6_OPTIONS);
            while (cursor.next(Problems.IGNORE)) {
                if (!assigned(cursor.type())) {
                    return cursor.offset();
                }
            }
        }
        return -1;
    }

    private static boolean assigned(int type) {
        for (int t : ASSIGNED) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }

    /** Expects a Parameter Problem code 2 pointing at the option. */
    void expectParameterProblem(DecodedFrame f, Ipv6 ip, int option, Stimulus s, Judge judge) {
        int ipAt = ip.offset();
        judge.expect(new Expectation.Answer(this, Frames.number(f), Frames.deadline(f, judge),
                "ICMPv6 Parameter Problem code 2 pointing at octet " + (option - ipAt)) {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                Icmpv6 m = d.icmpv6();
                return m != null && m.type() == Icmpv6.PARAMETER_PROBLEM && s.erroredBy(d)
                        && m.length() >= 8 && Bytes.u32(d.bytes(), m.offset() + 4) == option - ipAt && m.code() == 2
                        || s.repliedBy(d);
            }

            @Override
            protected long dutKinds() {
                return s.answerKinds();
            }

            @Override
            protected void judge(DecodedFrame d, Judge j) {
                if (s.repliedBy(d)) {
                    j.fail(rule, "the DUT processed the packet (frame " + d.frame().number()
                            + ") instead of discarding it for its unknown option", null, stimulus, d.frame().number());
                } else {
                    super.judge(d, j);
                }
            }
        });
    }

    /** Expects no answer at all. */
    void expectSilence(DecodedFrame f, Stimulus s, Judge judge, String why) {
        judge.expect(new Expectation.Silence(this, Frames.number(f), Frames.deadline(f, judge), why) {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                return s.answeredBy(d);
            }

            @Override
            protected long dutKinds() {
                return s.answerKinds();
            }
        });
    }
}
