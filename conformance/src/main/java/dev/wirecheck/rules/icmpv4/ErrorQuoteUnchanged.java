package dev.wirecheck.rules.icmpv4;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;

import java.util.ArrayDeque;
import java.util.Deque;

import static dev.wirecheck.check.Level.MUST;

/**
 * The quote in an ICMP error is the invoking datagram's header and first data octets exactly
 * as received: the receiver of the error matches it to its own datagram by them. The rule
 * remembers the peers' recent datagrams to the DUT and compares each DUT error's quote with
 * the datagram it answers: among those whose addresses and ports it matches, the one it quotes
 * unchanged, else the one with the quoted IP identification, else the most recent.
 */
@Rule(id = "RFC1122-3.2.2-quote-unchanged", rfc = 1122, section = "3.2.2", level = MUST, protocol = "ICMPv4",
        summary = "The header and data an ICMP error quotes are unchanged from the received datagram")
public final class ErrorQuoteUnchanged extends ConformanceRule {
    private static final int REMEMBERED = 64;

    private final Deque<Stimulus> recent = new ArrayDeque<>();

    public ErrorQuoteUnchanged() {
        super(Kind.IPV4);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        // TCP answers with resets, not ICMP errors: its segments need not be remembered
        if (f.tcp() != null || f.ipv4().fragmentOffset() != 0 || !judge.stack().addresses().isV4(f.ipv4().dst())) {
            return;
        }
        if (recent.size() == REMEMBERED) {
            recent.removeLast();
        }
        recent.addFirst(Stimulus.of(f));
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (f.icmpv4() == null || !f.icmpv4().isError() || f.quotedIpv4() == null) {
            return;
        }
        // Several recent datagrams may match the error's addresses and ports (a burst to one closed port):
        // the one it answers is the one quoted octet for octet, else the one with the quoted IP
        // identification, else the most recent (then the differing octet is the finding).
        Stimulus latest = null, sameId = null;
        for (Stimulus s : recent) {
            if (!s.erroredBy(f)) {
                continue;
            }
            if (firstDifference(s, f) < 0) {
                judge.conforms(this, Frames.number(f));
                return;
            }
            latest = latest == null ? s : latest;
            if (sameId == null && sameIdentification(s, f)) {
                sameId = s;
            }
        }
        Stimulus answered = sameId != null ? sameId : latest;
        if (answered != null) {
            report(answered, f, judge);
        }
    }

    private static boolean sameIdentification(Stimulus s, DecodedFrame f) {
        int at = s.ipOffset() + 4;
        return at + 1 < s.bytes().length && f.quotedIpv4().identification() == (((s.bytes()[at] & 0xff) << 8)
                | (s.bytes()[at + 1] & 0xff));
    }

    /** The first quoted octet that differs from the datagram, or -1 when the quote is unchanged. */
    private static int firstDifference(Stimulus s, DecodedFrame f) {
        Ipv4 q = f.quotedIpv4();
        byte[] b = f.bytes();
        int n = Math.min(q.headerLength() + 8, f.icmpv4().bodyLength());
        int from = s.ipOffset();
        n = Math.min(n, s.bytes().length - from);
        for (int i = 0; i < n; i++) {
            if (b[q.offset() + i] != s.bytes()[from + i]) {
                return i;
            }
        }
        return -1;
    }

    private void report(Stimulus s, DecodedFrame f, Judge judge) {
        Ipv4 q = f.quotedIpv4();
        byte[] b = f.bytes();
        int i = firstDifference(s, f);
        judge.fail(this, String.format("quoted octet %d is 0x%02x, the datagram in frame %d had 0x%02x", i,
                b[q.offset() + i] & 0xff, s.frame, s.bytes()[s.ipOffset() + i] & 0xff),
                Frames.mark(f, q.offset() + i, 1), s.frame, Frames.number(f));
    }
}
