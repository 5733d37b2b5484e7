package dev.wirecheck.rules.dns;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Durations;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.dns.DnsClientModel;

import static dev.wirecheck.check.Level.SHOULD;

/**
 * RFC 1035 §4.2.1: "The retransmission interval should be based on prior statistics if possible.
 * Too aggressive retransmission can easily slow responses for the community at large. Depending on
 * how well connected the client is to its expected servers, the minimum retransmission interval
 * should be 2-5 seconds." A query the DUT sends again to the same server with the same question,
 * before any matching answer, is a retransmission; it comes at least 2 s after the previous
 * transmission. RFC 1035 predates RFC 2119 and writes a lower-case "should", recorded as SHOULD.
 * Each verdict names how often the question has been sent, so unbounded retrying (RFC 1034 §5.3.3:
 * "Bound the amount of work (packets sent, ...)") shows in the report.
 */
@Rule(id = "RFC1035-4.2.1-retransmission-interval", rfc = 1035, section = "4.2.1", level = SHOULD, protocol = "DNS",
        summary = "A query is retransmitted no sooner than 2 s after the previous transmission")
public final class RetransmissionInterval extends ConformanceRule {
    static final long MIN_INTERVAL_NANOS = 2_000_000_000L;

    public RetransmissionInterval() {
        super(Kind.DNS);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        if (!DnsClientModel.isQuery(f)) {
            return;
        }
        DnsClientModel.Query q = judge.stack().dns().repeated(f);
        if (q == null) {
            return;
        }
        long interval = Frames.time(f) - q.lastSent();
        long n = Frames.number(f);
        if (interval >= MIN_INTERVAL_NANOS) {
            judge.conforms(this, n);
        } else {
            judge.fail(this, "transmission " + (q.sent() + 1) + " of " + q.name + " (first in frame " + q.firstFrame
                    + ") comes " + Durations.text(Math.max(interval, 0) / 1_000_000 * 1_000_000)
                    + " after the previous one in frame " + q.lastFrame() + "; RFC 1035 asks for at least 2 s", null,
                    q.lastFrame(), n);
        }
    }
}
