package dev.wirecheck.rules.arp;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Net;
import dev.wirecheck.wire.Bytes;

import static dev.wirecheck.check.Level.NO_KEYWORD;

/**
 * The reply swaps the request's fields: the DUT's hardware and protocol address as sender,
 * the requester's as target, and goes to the requester's hardware address.
 */
@Rule(id = "RFC826-reply-fields", rfc = 826, section = "Packet Reception", level = NO_KEYWORD, protocol = "ARP",
        summary = "An ARP reply names the host as sender and the requester as target, sent to the requester")
public final class ArpReplyFields extends ConformanceRule {
    public ArpReplyFields() {
        super(Kind.ARP);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (!ArpRequests.forOwnedAddress(f, judge)) {
            return;
        }
        Arp a = f.arp();
        byte[] q = f.bytes();
        int target = ArpRequests.target(f);
        long requesterMac = Net.mac(q, a.senderHwOffset());
        int requesterIp = (int) Bytes.u32(q, a.senderProtoOffset());
        ConformanceRule rule = this;
        judge.expect(new Expectation.Answer(this, Frames.number(f), Frames.deadline(f, judge), "ARP reply") {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                return ArpRequests.isReplyFor(d, target);
            }

            @Override
            protected long dutKinds() {
                return kinds(Kind.ARP);
            }

            @Override
            protected void judge(DecodedFrame d, Judge j) {
                Arp r = d.arp();
                byte[] b = d.bytes();
                long n = d.frame().number();
                if (Net.mac(b, r.senderHwOffset()) != Net.mac(b, d.ethernet().srcOffset())) {
                    j.fail(rule, "sender hardware address " + Bytes.mac(b, r.senderHwOffset())
                            + " is not the frame's source " + Bytes.mac(b, d.ethernet().srcOffset()),
                            Frames.mark(d, r.senderHwOffset(), 6), stimulus, n);
                } else if (Net.mac(b, r.targetHwOffset()) != requesterMac
                        || (int) Bytes.u32(b, r.targetProtoOffset()) != requesterIp) {
                    j.fail(rule, "target " + Bytes.mac(b, r.targetHwOffset()) + " / " + Bytes.ipv4(b, r.targetProtoOffset())
                            + " is not the requester " + Net.macText(requesterMac) + " / " + Frames.v4(requesterIp),
                            Frames.mark(d, r.targetHwOffset(), 10), stimulus, n);
                } else if (Net.mac(b, d.ethernet().dstOffset()) != requesterMac) {
                    j.fail(rule, "reply sent to " + Bytes.mac(b, d.ethernet().dstOffset()) + ", not to the requester "
                            + Net.macText(requesterMac), Frames.mark(d, d.ethernet().dstOffset(), 6), stimulus, n);
                } else {
                    j.conforms(rule, n);
                }
            }

            @Override
            public void expired(Judge j) {
                // a missing reply is RFC826-reply's verdict
            }

            @Override
            public void unfinished(Judge j) {
            }
        });
    }
}
