package dev.wirecheck.rules;

import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Checker;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.Verdict;
import dev.wirecheck.vectors.RfcVectors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stateful rules on the shared captures. The expected values were read with tshark, not
 * with wirecheck: `tshark -Y dhcp -T fields -e frame.number -e dhcp.option.dhcp -e dhcp.id` on
 * smoltcp/01-dhcp-boot.pcap shows DISCOVER and OFFER (frames 2, 3) with xid 0x30d1e023 and the
 * REQUEST (frame 5) with 0x982fe5c6; on 09-tcp-closed-port.pcap `tcp.seq_raw`, `tcp.ack_raw`
 * show lwIP's RST,ACK (frame 3) with seq 0 and ack = SYN seq + 1. The close of 04-http-small, with
 * `tcp.seq_raw`, `tcp.ack_raw`, `tcp.len`: lwIP's FIN (frame 8, seq 2613911912), the peer's FIN
 * (frame 9, seq 3597998476), lwIP's last ACK (frame 10, seq 2613911913 = its FIN + 1, ack
 * 3597998477 = the peer's FIN + 1); smoltcp sends 261 bytes with FIN in frame 7 (seq 3393264933,
 * so FIN at 3393265194), the peer's FIN is frame 8 (seq 631230574), smoltcp's ACK frame 9 (seq
 * 3393265195, ack 631230575).
 */
class StatefulCapturesTest {
    private static CheckResult check(String capture) throws IOException {
        return Checker.check(RfcVectors.root().resolve("../shared/captures/" + capture).normalize(),
                CheckOptions.defaults());
    }

    private static List<Verdict> verdicts(CheckResult r, String rule) {
        return r.verdictsOf(rule);
    }

    @Test
    void smoltcpChangesTheXidBetweenOfferAndRequest() throws IOException {
        List<Verdict> v = verdicts(check("smoltcp/01-dhcp-boot.pcap"), "RFC2131-4.4.1-request-keeps-xid");
        assertEquals(1, v.size(), v.toString());
        assertEquals(Outcome.FAIL, v.get(0).outcome());
        assertEquals(List.of(5L), v.get(0).frames());
        assertTrue(v.get(0).message().contains("0x982fe5c6") && v.get(0).message().contains("0x30d1e023"),
                v.get(0).message());
    }

    @Test
    void lwipKeepsTheOffersXidAndNamesTheServer() throws IOException {
        CheckResult r = check("lwip/01-dhcp-boot.pcap");
        for (String rule : List.of("RFC2131-4.4.1-request-keeps-xid", "RFC2131-4.3.2-request-after-offer")) {
            List<Verdict> v = verdicts(r, rule);
            assertTrue(!v.isEmpty() && v.stream().allMatch(x -> x.outcome() == Outcome.PASS), rule + ": " + v);
        }
    }

    @Test
    void bothStacksAnswerASynToAClosedPortWithSeqZeroAndIsnPlusOne() throws IOException {
        for (String capture : List.of("lwip/09-tcp-closed-port.pcap", "smoltcp/09-tcp-closed-port.pcap")) {
            List<Verdict> v = verdicts(check(capture), "RFC9293-3.10.7.1-closed-port-rst");
            assertEquals(1, v.size(), capture + ": " + v);
            assertEquals(Outcome.PASS, v.get(0).outcome(), capture + ": " + v);
        }
    }

    @Test
    void twentyParallelConnectionsShowUnrelatedIsns() throws IOException {
        for (String capture : List.of("lwip/11-tcp-parallel.pcap", "smoltcp/11-tcp-parallel.pcap")) {
            List<Verdict> v = verdicts(check(capture), "RFC9293-3.4.1-isn-unpredictable");
            assertEquals(1, v.size(), capture + ": " + v);
            assertEquals(Outcome.PASS, v.get(0).outcome(), capture + ": " + v);
            assertTrue(v.get(0).message().startsWith("20 ISNs"), v.get(0).message());
        }
    }

    @Test
    void bothStacksAcknowledgeThePeersFinAndCountTheirOwn() throws IOException {
        for (String capture : List.of("lwip/04-http-small.pcap", "smoltcp/04-http-small.pcap")) {
            CheckResult r = check(capture);
            long lastAck = capture.startsWith("lwip") ? 10 : 9;
            for (String rule : List.of("RFC9293-3.10.7.4-fin-acknowledged", "RFC9293-3.10.2-nothing-after-fin")) {
                List<Verdict> v = verdicts(r, rule);
                assertEquals(1, v.size(), capture + " " + rule + ": " + v);
                assertEquals(Outcome.PASS, v.get(0).outcome(), capture + " " + rule + ": " + v);
                assertEquals(List.of(lastAck), v.get(0).frames(), capture + " " + rule + ": " + v);
            }
        }
    }
}
