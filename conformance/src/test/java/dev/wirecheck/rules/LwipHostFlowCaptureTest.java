package dev.wirecheck.rules;

import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Checker;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.Verdict;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real capture of Debian's lwIP (targets/lwip-host) made by targets/lwip-host/zero-window-flow.py.
 * Read with `tshark -T fields -e frame.number -e frame.time_relative -e tcp.flags.str -e tcp.seq_raw
 * -e tcp.ack_raw -e tcp.len -e tcp.window_size_value`: the peer closes its window in frame 25 (ack
 * 9431, window 0); lwIP probes with one octet at 9431 in frame 27 (1.04 s later), the peer answers
 * window 0 again (28), lwIP probes again in frame 29 (3.05 s later), the peer answers window 0 (30)
 * and reopens in frame 32; lwIP then sends the rest and closes. On the second connection the peer
 * sends four 1460-byte segments within 0.13 ms (frames 75-78) and lwIP's first ACK, frame 79, acks
 * 72921 = 70001 + 2 x 1460: every second segment, though on the wire after the burst.
 */
class LwipHostFlowCaptureTest {
    private static CheckResult check() throws Exception {
        Path pcap = Path.of(LwipHostFlowCaptureTest.class.getResource("/captures/lwip-host-flow.pcap").toURI());
        return Checker.check(pcap, CheckOptions.defaults().withDut("02:00:00:00:00:0a", null));
    }

    private static List<List<Long>> frames(CheckResult r, String rule) {
        return r.verdictsOf(rule).stream().map(Verdict::frames).toList();
    }

    @Test
    void lwipProbesTheZeroWindowAndAcksEverySecondSegment() throws Exception {
        CheckResult r = check();
        assertEquals(List.of(List.of(25L, 27L), List.of(28L, 29L)), frames(r, "RFC9293-3.8.6.1-zero-window-probe"));
        List<Verdict> acks = r.verdictsOf("RFC9293-3.8.6.3-ack-every-second-segment");
        assertEquals(1, acks.size(), acks.toString());
        assertEquals(Outcome.PASS, acks.get(0).outcome());
        assertEquals(List.of(79L), acks.get(0).frames());
    }

    @Test
    void probesAreNotRetransmissionsAndNoRuleFails() throws Exception {
        List<Verdict> failures = check().verdicts().stream().filter(v -> v.outcome() == Outcome.FAIL).toList();
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
