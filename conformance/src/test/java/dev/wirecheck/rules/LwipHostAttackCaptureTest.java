package dev.wirecheck.rules;

import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Checker;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real capture of Debian's lwIP (targets/lwip-host) under attack, made by
 * targets/lwip-host/attack-liveness.py. The frames, read with `tshark -T fields -e frame.number
 * -e tcp.flags.str -e tcp.seq_raw -e tcp.ack_raw -e tcp.len`: the connection 40000→80 is set up
 * in frames 18-22 (peer ISN 1000, lwIP's 6510, RCV.NXT 1001); the attacks are frame 27 (RST seq
 * 1011), 31 (SYN seq 777777), 35 (32 bytes at seq 101001), 39 (ACK 56511, SND.NXT 6511), 43-45
 * (bad IPv4 checksum, TCP data offset 3, truncated TCP header) and 48 (RST seq 1011); each is
 * followed by a ping the DUT answers (29/30, 33/34, 37/38, 41/42, 46/47) and, at the end, a SYN
 * to port 80 (frame 50) it answers with a SYN-ACK (51). lwIP answers both RSTs and the SYN with
 * the challenge ACK <SEQ=6511><ACK=1001> (frames 28, 49, 32).
 */
class LwipHostAttackCaptureTest {
    private static CheckResult check() throws IOException, URISyntaxException {
        Path pcap = Path.of(LwipHostAttackCaptureTest.class.getResource("/captures/lwip-host-attacks.pcap").toURI());
        return Checker.check(pcap, CheckOptions.defaults().withDut("02:00:00:00:00:0a", null));
    }

    @Test
    void lwipAnswersTheNextRequestAfterEveryAttack() throws Exception {
        List<Verdict> v = check().verdictsOf("RFC1122-1.2.2-liveness");
        assertEquals(List.of(List.of(27L, 29L, 30L), List.of(31L, 33L, 34L), List.of(35L, 37L, 38L),
                List.of(39L, 41L, 42L), List.of(43L, 46L, 47L), List.of(48L, 50L, 51L)),
                v.stream().map(Verdict::frames).toList(), v.toString());
        assertTrue(v.stream().allMatch(x -> x.outcome() == Outcome.PASS), v.toString());
    }

    @Test
    void lwipChallengesTheBlindAttacksAndNoRuleFails() throws Exception {
        CheckResult r = check();
        assertEquals(List.of(List.of(27L, 28L), List.of(48L, 49L)),
                r.verdictsOf("RFC5961-3.2-rst-challenge").stream().map(Verdict::frames).toList());
        assertEquals(List.of(List.of(31L, 32L)),
                r.verdictsOf("RFC5961-4.2-syn-challenge").stream().map(Verdict::frames).toList());
        List<Verdict> failures = r.verdicts().stream().filter(x -> x.outcome() == Outcome.FAIL).toList();
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
