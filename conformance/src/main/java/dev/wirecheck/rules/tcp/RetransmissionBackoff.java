package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Durations;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.tcp.Seq;
import dev.wirecheck.stack.tcp.TcpConnection;
import dev.wirecheck.stack.tcp.TcpEndpoint;

import java.util.IdentityHashMap;
import java.util.Map;

import static dev.wirecheck.check.Level.MUST;

/**
 * RFC 6298 §5, rule (5.5): "The host MUST set RTO <- RTO * 2 ("back off the timer"). The maximum
 * value discussed in (2.5) above may be used to provide an upper bound to this doubling
 * operation." Each further retransmission of the same segment waits at least about twice as
 * long as the one before (a margin of 10 % for timer granularity), unless the doubled value
 * would pass 60 s: (2.5) lets a stack cap RTO at any value of at least 60 s, so a wait of about
 * 60 s or more is then enough. The first wait of every chain is the RTO the DUT used, reported
 * at the end with the shortest and longest seen (RFC 6298 §2.1 suggests 1 s).
 */
@Rule(id = "RFC6298-5.5-backoff", rfc = 6298, section = "5, rule (5.5)", level = MUST, protocol = "TCP",
        summary = "Each retransmission of a segment doubles the timeout (RTOs seen are reported)")
public final class RetransmissionBackoff extends ConformanceRule {
    /** Tolerance for timer granularity: 90 % of the nominal value counts. */
    private static final double GRANULARITY = 0.9;
    private static final double BACKOFF = 2 * GRANULARITY;
    /** RFC 6298 (2.5): "A maximum value MAY be placed on RTO provided it is at least 60 seconds." */
    private static final long LOWEST_ALLOWED_CAP = 60_000_000_000L;
    private long chains;
    private long shortestRto = Long.MAX_VALUE;
    private long longestRto;
    private long shortestFrame;
    /** The octet each connection probed while the peer's window was zero; touched only by probes. */
    private final Map<TcpConnection, Long> probed = new IdentityHashMap<>();

    public RetransmissionBackoff() {
        super(Kind.TCP);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Tcp t = f.tcp();
        if (t == null || t.headerLength() == 0 || t.rst() || !Frames.clean(f)) {
            return;
        }
        TcpConnection c = judge.stack().tcp().connection(f, true);
        int occupied = t.payloadLength() + (t.syn() ? 1 : 0) + (t.fin() ? 1 : 0);
        if (c == null || occupied == 0 || !c.dut().synSeen()
                || !Seq.lt(t.seq(), c.dut().sndMax())) {
            return;
        }
        if (zeroWindowProbe(t, c)) {
            return;
        }
        TcpEndpoint dut = c.dut();
        long now = Frames.time(f);
        if (t.seq() != dut.retxSeq()) {
            long first = dut.originalSendTime(t.seq());
            if (first > 0) {
                noteRto(now - first, Frames.number(f));
            }
            return;
        }
        long previous = dut.retxInterval();
        long interval = now - dut.retxTime();
        if (previous <= 0 || interval >= Math.min(BACKOFF * previous, GRANULARITY * LOWEST_ALLOWED_CAP)) {
            judge.conforms(this, Frames.number(f));
        } else {
            judge.fail(this, "retransmission after " + Durations.text(interval) + ", the one before waited "
                    + Durations.text(previous) + ": the timeout did not double", null, Frames.number(f));
        }
    }

    /**
     * A probe of the peer's zero window runs on the persist timer (RFC 9293 §3.8.6.1, SHLD-30),
     * not the retransmission timer, and so does the first send of the probed octet once the window
     * reopens: neither is a retransmission this rule judges.
     */
    private boolean zeroWindowProbe(Tcp t, TcpConnection c) {
        if (c.peerWindowBytes() == 0) {
            probed.put(c, t.seq());
            return true;
        }
        Long seq = probed.isEmpty() ? null : probed.remove(c);
        return seq != null && seq == t.seq();
    }

    private void noteRto(long rto, long frame) {
        chains++;
        if (rto < shortestRto) {
            shortestRto = rto;
            shortestFrame = frame;
        }
        longestRto = Math.max(longestRto, rto);
    }

    @Override
    public void finish(Judge judge) {
        if (chains > 0) {
            judge.pass(this, chains + " retransmitted segments; first timeout " + Durations.text(shortestRto)
                    + " to " + Durations.text(longestRto) + " (shortest in frame " + shortestFrame + ")", shortestFrame);
        }
    }
}
