package dev.wirecheck.rules.dns;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Dns;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.rules.Rule;
import dev.wirecheck.stack.Judge;

import java.util.Arrays;

import static dev.wirecheck.check.Level.MUST;

/**
 * "Resolver implementations MUST use an unpredictable source port for outgoing queries ... and
 * an unpredictable query ID ... utilizing the full range available (0-65535)." Over the DUT's
 * queries in a capture (a retransmission, same ID and port, counts once) the rule fails a
 * source port that never changes and IDs that grow by a constant step, and reports how many
 * distinct IDs and ports it saw and the bits of entropy they can carry at most (log2 of the
 * number of distinct values). A fixed port shows in two queries; a constant step needs three.
 */
@Rule(id = "RFC5452-9.2-unpredictable-id-port", rfc = 5452, section = "9.2", level = MUST, protocol = "DNS",
        summary = "Query IDs and source ports are unpredictable (distinct values and entropy reported)")
public final class QueryIdAndPortUnpredictable extends ConformanceRule {
    private static final int MIN_QUERIES = 2, MIN_FOR_STEP = 3, MAX_KEPT = 4096;
    private final int[] ids = new int[MAX_KEPT];
    private final int[] ports = new int[MAX_KEPT];
    private final long[] frames = new long[MAX_KEPT];
    private int n;

    public QueryIdAndPortUnpredictable() {
        super(Kind.DNS);
    }

    @Override
    public void onDutFrame(DecodedFrame f, Judge judge) {
        Dns d = f.dns();
        if (d == null || d.isMdns() || d.overTcp() || d.isResponse() || f.udp() == null || f.udp().dstPort() != Dns.PORT
                || n == MAX_KEPT) {
            return;
        }
        int port = f.udp().srcPort();
        if (n > 0 && ids[n - 1] == d.id() && ports[n - 1] == port) {
            return; // a retransmission of the previous query
        }
        ids[n] = d.id();
        ports[n] = port;
        frames[n] = Frames.number(f);
        n++;
    }

    @Override
    public void finish(Judge judge) {
        if (n < MIN_QUERIES) {
            return;
        }
        int distinctIds = distinct(ids);
        int distinctPorts = distinct(ports);
        String seen = n + " queries: " + distinctIds + " distinct IDs, " + distinctPorts + " distinct source ports "
                + "(at most " + bits(distinctIds) + " and " + bits(distinctPorts) + " bits of entropy seen)";
        long[] named = Arrays.copyOf(frames, Math.min(n, 32));
        if (distinctPorts == 1) {
            judge.fail(this, "every query leaves from source port " + ports[0] + "; " + seen, null, named);
        } else if (n >= MIN_FOR_STEP && constantStep(ids)) {
            judge.fail(this, "query IDs grow by a constant " + ((ids[1] - ids[0]) & 0xffff) + "; " + seen, null, named);
        } else if (n >= MIN_FOR_STEP && constantStep(ports)) {
            judge.fail(this, "source ports grow by a constant " + ((ports[1] - ports[0]) & 0xffff) + "; " + seen,
                    null, named);
        } else {
            judge.pass(this, seen, named);
        }
    }

    private int distinct(int[] values) {
        return (int) Arrays.stream(values, 0, n).distinct().count();
    }

    private boolean constantStep(int[] values) {
        int step = (values[1] - values[0]) & 0xffff;
        for (int i = 2; i < n; i++) {
            if (((values[i] - values[i - 1]) & 0xffff) != step) {
                return false;
            }
        }
        return true;
    }

    private static String bits(int distinct) {
        return String.format(java.util.Locale.ROOT, "%.1f", Math.log(distinct) / Math.log(2));
    }
}
