package dev.wirecheck.rules.ipv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;

import java.util.HashMap;
import java.util.Map;

/**
 * Reassembly seen from outside: a peer sends an echo request in fragments; once the last
 * fragment is in, a host that reassembles answers with an echo reply. The first fragment
 * holds the ICMP header, so the rule remembers it by (source, ID) until the last one comes.
 * Subclasses choose the reassembled sizes they judge, since RFC 1122 §3.3.2 sets a MUST for
 * 576 octets and a SHOULD beyond.
 */
abstract class FragmentedEchoRule extends ConformanceRule {
    private final int minSize, maxSize;
    private final Map<Long, Stimulus> firstFragments = new HashMap<>();

    FragmentedEchoRule(int minSize, int maxSize) {
        super(Kind.IPV4);
        this.minSize = minSize;
        this.maxSize = maxSize;
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        Ipv4 ip = f.ipv4();
        if (!ip.isFragment() || !Frames.toOwnedV4(f, judge)) {
            return;
        }
        long key = ((long) ip.src() << 16) | ip.identification();
        if (ip.fragmentOffset() == 0) {
            Icmpv4 icmp = f.icmpv4();
            if (icmp != null && icmp.type() == Icmpv4.ECHO_REQUEST) {
                if (firstFragments.size() > 10_000) {
                    firstFragments.clear();
                }
                firstFragments.put(key, Stimulus.of(f));
            }
            return;
        }
        if (ip.moreFragments()) {
            return;
        }
        Stimulus first = firstFragments.remove(key);
        int size = ip.headerLength() + ip.fragmentOffset() * 8 + ip.totalLength() - ip.headerLength();
        if (first == null || size < minSize || size > maxSize) {
            return;
        }
        judge.expect(new Expectation.Answer(this, Frames.number(f), Frames.deadline(f, judge),
                "echo reply to the " + size + "-octet fragmented echo request (frames " + first.frame + "–"
                        + Frames.number(f) + ")") {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                return first.repliedBy(d);
            }
        }.concerning(first.answerKinds(), first.replyKeys()));
    }
}
