package dev.wirecheck.rules.dns;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Dns;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.AnswerKeys;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.dns.DnsClientModel;

import java.util.Arrays;

import static dev.wirecheck.check.Level.MUST;

/**
 * RFC 5452 §9.1: "A resolver implementation MUST match responses to all of the following
 * attributes of the query: Source address against query destination address, Destination address
 * against query source address, Destination port against query source port, Query ID, Query name,
 * Query class and type ... A mismatch and the response MUST be considered invalid."
 *
 * <p>A capture shows acceptance only through what the DUT does next, so a response to the DUT that
 * matches no open query (wrong ID, port or question, or from an address it did not query) is
 * judged by the DUT's later frames, within {@link #WINDOW_NANOS}. Traffic to an address that only
 * this response gave (no matching answer did, and it was no neighbour the DUT knew already) fails:
 * the DUT acted on it. The DUT asking the same question again passes (it is still waiting, so it
 * discarded the response), and so does traffic to an address that the matching answer, arriving
 * later, gave instead. Anything else is inconclusive, and said so: the capture cannot tell.
 */
@Rule(id = "RFC5452-9.1-response-matching", rfc = 5452, section = "9.1", level = MUST, protocol = "DNS",
        summary = "A response not matching a query's address, port, ID and question is not acted on")
public final class ResponseMatching extends ConformanceRule {
    /** Twice the 5 s upper end of RFC 1035 §4.2.1's retransmission interval: time for a retry to show. */
    static final long WINDOW_NANOS = 10_000_000_000L;

    public ResponseMatching() {
        super(Kind.DNS);
    }

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (!DnsClientModel.isResponse(f) || !judge.stack().addresses().isV4(f.ipv4().dst())) {
            return;
        }
        DnsClientModel model = judge.stack().dns();
        if (model.answered(f) != null) {
            return;
        }
        Dns d = f.dns();
        boolean hasQuestion = d.entries() > 0 && d.section(0) == Dns.QUESTION;
        DnsClientModel.Query asked = hasQuestion ? model.asking(d.name(0), d.type(0)) : null;
        int[] claimed = new int[d.entries()];
        int[] n = {0};
        DnsClientModel.forEachA(f, a -> {
            if (judge.stack().arpEntry(a) == null && !model.resolvedTo(a)) {
                claimed[n[0]++] = a; // a neighbour the DUT knew already would be contacted anyway: no evidence
            }
        });
        NotActedOn e = new NotActedOn(this, f, mismatch(f, asked, hasQuestion), asked, Arrays.copyOf(claimed, n[0]),
                Frames.time(f) + WINDOW_NANOS);
        // with no key (nothing claimed, no open query) no DUT frame can settle it: filed under none, it waits for its deadline
        judge.expect(e.concerning(Expectation.EVERY_FRAME, e.keys()));
    }

    /** What about the response matches no query. */
    private static String mismatch(DecodedFrame f, DnsClientModel.Query asked, boolean hasQuestion) {
        Dns d = f.dns();
        String id = "0x" + Integer.toHexString(d.id());
        if (asked == null) {
            return "response " + id + (hasQuestion ? " for " + d.name(0) + ", which no open query asks" : " without a question");
        }
        if (asked.server != f.ipv4().src()) {
            return "response " + id + " from " + Frames.v4(f.ipv4().src()) + ", but the query for " + asked.name
                    + " went to " + Frames.v4(asked.server);
        }
        if (asked.port != f.udp().dstPort()) {
            return "response " + id + " to port " + f.udp().dstPort() + ", but the query for " + asked.name
                    + " left from port " + asked.port;
        }
        return "response " + id + " for " + asked.name + ", but the query has ID 0x" + Integer.toHexString(asked.id);
    }

    /** Waits for evidence of acceptance (traffic to a claimed address) or of discarding (the question asked again). */
    private static final class NotActedOn extends Expectation {
        private final String what;
        private final DnsClientModel.Query asked;
        private final int[] claimed;

        NotActedOn(ConformanceRule rule, DecodedFrame response, String what, DnsClientModel.Query asked, int[] claimed,
                   long deadline) {
            super(rule, Frames.number(response), deadline);
            this.what = what;
            this.asked = asked;
            this.claimed = claimed;
        }

        /**
         * The DUT frames that can settle this: those to a claimed address; and, when the response
         * answers an open query, the DUT asking again or sending to an address DNS gave it. A flood
         * of forged responses (a cache-poisoning attempt sends thousands) then costs each DUT frame
         * only the few expectations it can settle, not every one of them (measured: 66,000 frames,
         * 60,000 forged responses, 6,000 DUT datagrams: 4.0 s before these keys).
         */
        long[] keys() {
            long[] keys = new long[claimed.length + (asked != null ? 2 : 0)];
            int k = 0;
            for (int a : claimed) {
                keys[k++] = AnswerKeys.toV4(a);
            }
            if (asked != null) {
                keys[k++] = AnswerKeys.DNS_QUERY;
                keys[k++] = AnswerKeys.TO_RESOLVED_V4;
            }
            return keys;
        }

        @Override
        public boolean onDutFrame(DecodedFrame f, Judge judge) {
            long n = Frames.number(f);
            DnsClientModel model = judge.stack().dns();
            if (f.ipv4() != null) {
                int dst = f.ipv4().dst();
                boolean wasClaimed = false;
                for (int a : claimed) {
                    wasClaimed |= a == dst;
                }
                if (wasClaimed && !model.resolvedTo(dst)) {
                    judge.fail(rule, "frame " + n + " goes to " + Frames.v4(dst) + ", which only the mismatched "
                            + what + " (frame " + stimulus + ") gave", null, stimulus, n);
                    return true;
                }
                if (!wasClaimed && asked != null && !model.isOpen(asked) && model.resolvedTo(dst)) {
                    judge.pass(rule, "frame " + n + " goes to " + Frames.v4(dst) + " from the matching answer for "
                            + asked.name + ", not to what the mismatched " + what + " (frame " + stimulus + ") claimed",
                            stimulus, n);
                    return true;
                }
            }
            if (asked != null && DnsClientModel.isQuery(f) && judge.stack().dns().repeated(f) == asked) {
                judge.pass(rule, "the DUT asks for " + asked.name + " again in frame " + n + ": it discarded the "
                        + what + " (frame " + stimulus + ")", stimulus, n);
                return true;
            }
            return false;
        }

        @Override
        public void expired(Judge judge) {
            judge.inconclusive(rule, "within 10 s of the mismatched " + what + " (frame " + stimulus + ") the DUT neither"
                    + " contacts an address it claims nor asks again: the capture does not show whether it was discarded",
                    stimulus);
        }
    }
}
