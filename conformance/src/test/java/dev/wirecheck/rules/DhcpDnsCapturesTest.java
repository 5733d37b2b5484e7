package dev.wirecheck.rules;

import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Checker;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.Verdict;
import dev.wirecheck.vectors.RfcVectors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DHCP and DNS client rules on the three boot captures. Expected frames were read with tshark,
 * not with wirecheck: `tshark -Y dhcp -T fields -e frame.number -e ip.src -e ip.dst -e
 * dhcp.option.dhcp -e dhcp.secs -e dhcp.option.renewal_time_value` shows the OFFER and ACK in
 * frames 4/6 (lwIP), 3/6 (smoltcp), 3/5 (smoltcp own driver), REQUESTs with secs 0 to
 * 255.255.255.255 like their DISCOVERs, and T1 = 1800 s (21600 s own driver) in the ACK, while the
 * captures last seconds; no DUT frame between OFFER and ACK has the offered address as source
 * (dnsmasq's echo request to it in frame 3 / 4 goes unanswered); `-Y dns -e dns.flags.recdesired`
 * shows RD = 1 in the queries (frames 20, 21 / 10, 11 / 9, 11).
 */
class DhcpDnsCapturesTest {
    private record Boot(String capture, long offer, long request, long ack, long t1, List<Long> queries) {
    }

    private static final List<Boot> BOOTS = List.of(
            new Boot("lwip/01-dhcp-boot.pcap", 4, 5, 6, 1800, List.of(20L, 21L)),
            new Boot("smoltcp/01-dhcp-boot.pcap", 3, 5, 6, 1800, List.of(10L, 11L)),
            new Boot("smoltcp/own-driver/01-dhcp-boot.pcap", 3, 4, 5, 21600, List.of(9L, 11L)));

    private static CheckResult check(String capture) throws IOException {
        return Checker.check(RfcVectors.root().resolve("../shared/captures/" + capture).normalize(),
                CheckOptions.defaults());
    }

    private static Verdict only(CheckResult r, String rule, String capture) {
        List<Verdict> v = r.verdictsOf(rule);
        assertEquals(1, v.size(), capture + " " + rule + ": " + v);
        return v.get(0);
    }

    @Test
    void noStackUsesTheOfferedAddressBeforeItsAck() throws IOException {
        for (Boot b : BOOTS) {
            Verdict v = only(check(b.capture()), "RFC2131-4.1-no-use-before-ack", b.capture());
            assertEquals(Outcome.PASS, v.outcome(), b.capture() + ": " + v);
            assertEquals(List.of(b.offer(), b.ack()), v.frames(), b.capture());
        }
    }

    @Test
    void requestsKeepTheDiscoversSecsAndBroadcastDestination() throws IOException {
        for (Boot b : BOOTS) {
            Verdict v = only(check(b.capture()), "RFC2131-3.1-request-secs-as-discover", b.capture());
            assertEquals(Outcome.PASS, v.outcome(), b.capture() + ": " + v);
            assertEquals(List.of(b.request()), v.frames(), b.capture());
        }
    }

    @Test
    void leaseTimersAreInconclusiveInCapturesShorterThanT1() throws IOException {
        for (Boot b : BOOTS) {
            CheckResult r = check(b.capture());
            for (String rule : List.of("RFC2131-4.4.5-renew-at-t1", "RFC2131-4.4.5-rebind-at-t2")) {
                Verdict v = only(r, rule, b.capture());
                assertEquals(Outcome.INCONCLUSIVE, v.outcome(), b.capture() + ": " + v);
                assertEquals(List.of(b.ack()), v.frames(), b.capture());
            }
            assertTrue(only(r, "RFC2131-4.4.5-renew-at-t1", b.capture()).message().contains("T1 (" + b.t1() + " s"),
                    b.capture());
        }
    }

    @Test
    void everyQuerySetsRecursionDesired() throws IOException {
        for (Boot b : BOOTS) {
            Verdict v = only(check(b.capture()), "RFC1034-5.3.1-stub-recursion-desired", b.capture());
            assertEquals(Outcome.PASS, v.outcome(), b.capture() + ": " + v);
            assertEquals(b.queries(), v.frames(), b.capture());
        }
    }

    @Test
    void everyResponseMatchesItsQuerySoNothingIsJudged() throws IOException {
        for (Boot b : BOOTS) {
            CheckResult r = check(b.capture());
            assertTrue(r.verdictsOf("RFC5452-9.1-response-matching").isEmpty(), b.capture());
            assertTrue(r.verdictsOf("RFC1035-4.2.1-retransmission-interval").isEmpty(), b.capture());
        }
    }
}
