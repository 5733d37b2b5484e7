package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.tcp.TcpConnection;

import java.util.ArrayList;
import java.util.List;

import static dev.wirecheck.check.Level.SHOULD;

/**
 * RFC 9293 §3.4.1 (which obsoletes RFC 6528): a TCP implementation "SHOULD generate its initial
 * sequence numbers with the expression: ISN = M + F(localip, localport, remoteip, remoteport,
 * secretkey) (SHLD-1)". Over the DUT's connections
 * in a capture the increments between consecutive ISNs must not be constant, nor proportional
 * to the time between them (a bare clock, RFC 793's 4 µs timer), nor, between connections of
 * different 4-tuples, all within 2^16 of each other (a small-step counter: Debian's lwIP 2.1.3 steps
 * by +81, +1, +0 — found live, issue 8). Needs three ISNs; reports the increments seen.
 */
@Rule(id = "RFC9293-3.4.1-isn-unpredictable", rfc = 9293, section = "3.4.1", level = SHOULD, protocol = "TCP",
        summary = "Initial sequence numbers are not constant or linear across connections")
public final class IsnUnpredictable extends ConformanceRule {
    private static final int MIN_ISNS = 3, MAX_FRAMES = 32;

    public IsnUnpredictable() {
        super(Kind.TCP);
    }

    @Override
    public void finish(Judge judge) {
        List<TcpConnection> dut = new ArrayList<>();
        for (TcpConnection c : judge.stack().tcp().connections()) {
            if (c.dut().synSeen()) {
                dut.add(c);
            }
        }
        if (dut.size() < MIN_ISNS) {
            return;
        }
        dut.sort((a, b) -> Long.compare(a.dut().synTime(), b.dut().synTime()));
        IsnIncrements inc = new IsnIncrements(dut);
        long[] frames = new long[Math.min(MAX_FRAMES, dut.size())];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = dut.get(i).dut().synFrame();
        }
        String seen = dut.size() + " ISNs, increments " + inc.summary();
        if (inc.constant()) {
            judge.fail(this, "constant ISN increment: " + seen, null, frames);
        } else if (inc.linearInTime()) {
            judge.fail(this, "ISNs grow linearly with time (" + inc.ratePerMicrosecond() + " per µs): " + seen,
                    null, frames);
        } else if (inc.clustered()) {
            judge.fail(this, "ISNs of different connections lie within 2^16 of each other (a counter, not a"
                    + " per-connection secret function): " + seen, null, frames);
        } else {
            judge.pass(this, seen, frames);
        }
    }
}
