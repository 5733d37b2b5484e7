package dev.wirecheck.rules;

import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.wirecheck.rules.TcpCases.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What RFC1122-1.2.2-liveness judges beyond its PASS and FAIL scenarios in {@link TcpCases}: it
 * stays silent without an adversarial frame or without a later ordinary request, an ordinary
 * RST (exactly at RCV.NXT, RFC 5961 §3.2) is no attack, and a verdict names the frames it rests on.
 * Frame numbers: withDut() is frames 1-3, the handshake 4-6, the RST 7, the ping 8.
 */
class LivenessTest {
    private static final String RULE = "RFC1122-1.2.2-liveness";

    private static void assertNoVerdict(Lab lab) {
        List<Verdict> v = lab.end().check().verdictsOf(RULE);
        assertTrue(v.isEmpty(), v.toString());
    }

    @Test
    void anUnansweredPingWithoutAnAttackIsNotThisRulesBusiness() {
        assertNoVerdict(established().ping4(1));
    }

    @Test
    void anAttackWithoutALaterRequestGivesNoVerdict() {
        assertNoVerdict(attacked());
    }

    @Test
    void aResetExactlyAtRcvNxtIsNoAttack() {
        assertNoVerdict(peer(established(), fromPeer(PEER_ISN + 1, 0, RST)).ping4(1));
    }

    @Test
    void theFailureNamesTheAttackAndTheUnansweredRequest() {
        List<Verdict> v = attacked().ping4(1).end().check().verdictsOf(RULE);
        assertEquals(1, v.size(), v.toString());
        assertEquals(Outcome.FAIL, v.get(0).outcome());
        assertEquals(List.of(7L, 7L, 8L), v.get(0).frames());
        assertTrue(v.get(0).message().contains("RST not at RCV.NXT"), v.get(0).message());
    }
}
