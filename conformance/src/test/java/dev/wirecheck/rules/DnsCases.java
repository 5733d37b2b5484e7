package dev.wirecheck.rules;

import dev.wirecheck.check.Outcome;
import dev.wirecheck.parsers.hand.DnsQuestion;
import dev.wirecheck.parsers.hand.DnsRecord;
import dev.wirecheck.parsers.hand.DnsRecordData;
import dev.wirecheck.parsers.hand.DnsRepr;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.UdpRepr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static dev.wirecheck.rules.Lab.*;

/**
 * Scenarios for the DNS client rules: the DUT queries the peer 192.0.2.1 (its resolver). The
 * expected outcomes follow RFC 5452 §9.2 (unpredictable IDs and ports) and RFC 9619 (one question).
 */
final class DnsCases {
    private final List<RuleCases.Case> cases = new ArrayList<>();

    static List<RuleCases.Case> all() {
        DnsCases c = new DnsCases();
        c.rules();
        return c.cases;
    }

    private void pass(String rule, String what, Supplier<Lab> s) {
        cases.add(new RuleCases.Case(rule, Outcome.PASS, what, s));
    }

    private void fail(String rule, String what, Supplier<Lab> s) {
        cases.add(new RuleCases.Case(rule, Outcome.FAIL, what, s));
    }

    static Lab query(Lab lab, int port, DnsRepr q) {
        return lab.raw(FrameBuilder.of(new EthernetRepr(PEER_MAC, DUT_MAC, EtherTypes.IPV4),
                lab.v4(DUT4, PEER4, IpProtocols.UDP), new UdpRepr(port, 53)).payload(q.toBytes()).build());
    }

    /** Three queries with these (id, port) pairs. */
    static Lab queries(int... idPort) {
        Lab lab = Lab.withDut();
        for (int i = 0; i < idPort.length; i += 2) {
            query(lab, idPort[i + 1], DnsRepr.query(idPort[i], "q" + i + ".example", 1));
        }
        return lab;
    }

    static final java.net.Inet4Address ELSEWHERE = dev.wirecheck.wire.IpAddresses.v4("192.0.2.99");
    static final java.net.Inet4Address CLAIMED = dev.wirecheck.wire.IpAddresses.v4("192.0.2.66");
    static final java.net.Inet4Address GENUINE = dev.wirecheck.wire.IpAddresses.v4("192.0.2.53");
    static final DnsRepr ASK = DnsRepr.query(0x1111, "dut-check.test", 1);
    static final int PORT = 51123;

    /** A response from {@code src}:53 to the DUT's port {@code port}. */
    static Lab respond(Lab lab, java.net.Inet4Address src, int port, DnsRepr r) {
        return respond(lab, src, port, r.toBytes());
    }

    static Lab respond(Lab lab, java.net.Inet4Address src, int port, byte[] message) {
        return lab.raw(FrameBuilder.of(new EthernetRepr(DUT_MAC, PEER_MAC, EtherTypes.IPV4),
                lab.v4(src, DUT4, IpProtocols.UDP), new UdpRepr(53, port)).payload(message).build());
    }

    /** A response to ASK whose question name is a pointer to itself: a compression loop (RFC 1035 §4.1.4). */
    static final byte[] LOOP = {0x11, 0x11, (byte) 0x81, (byte) 0x80, 0, 1, 0, 0, 0, 0, 0, 0, (byte) 0xc0, 12, 0, 1, 0, 1};

    /** The answer to {@code q} with one A record. */
    static DnsRepr answer(DnsRepr q, java.net.Inet4Address a) {
        return q.answer(DnsRepr.NOERROR, DnsRecord.in(q.questions().get(0).name(), 1, 60, new DnsRecordData.Address(a)));
    }

    /** The same question with another ID. */
    static DnsRepr withId(DnsRepr q, int id) {
        return new DnsRepr(id, q.flags(), q.questions(), q.answers(), q.authorities(), q.additionals());
    }

    /** The DUT asks, and a response that does not match arrives claiming 192.0.2.66. */
    static Lab forged(java.net.Inet4Address src, int port, DnsRepr forgery) {
        return respond(query(Lab.withDut(), PORT, ASK), src, port, answer(forgery, CLAIMED));
    }

    static Lab contact(Lab lab, java.net.Inet4Address dst) {
        return lab.dut(lab.v4(DUT4, dst, IpProtocols.UDP), new UdpRepr(40000, 9));
    }

    private void matchingRules() {
        String rule = "RFC5452-9.1-response-matching";
        pass(rule, "after a response with a wrong ID the DUT asks again",
                () -> query(forged(PEER4, PORT, withId(ASK, 0x2222)).after(2000), PORT, ASK));
        fail(rule, "the DUT contacts the address a response with a wrong ID gave",
                () -> contact(forged(PEER4, PORT, withId(ASK, 0x2222)), CLAIMED));
        fail(rule, "the DUT contacts the address a response from an unqueried server gave",
                () -> contact(forged(ELSEWHERE, PORT, ASK), CLAIMED));
        fail(rule, "the DUT contacts the address a response to another port gave",
                () -> contact(forged(PEER4, PORT + 1, ASK), CLAIMED));
        fail(rule, "the DUT contacts the address a response for another question gave",
                () -> contact(forged(PEER4, PORT, DnsRepr.query(0x1111, "other.test", 1)), CLAIMED));
        pass(rule, "the genuine answer follows the forgery and the DUT uses the genuine address only", () -> contact(
                query(respond(forged(PEER4, PORT, withId(ASK, 0x2222)), PEER4, PORT, answer(ASK, GENUINE)).after(2000),
                        PORT, DnsRepr.query(0x3333, "next.test", 1)), GENUINE));
        cases.add(new RuleCases.Case(rule, Outcome.INCONCLUSIVE, "nothing shows what the DUT made of the forgery",
                () -> forged(PEER4, PORT, withId(ASK, 0x2222))));
        // the forgery claims 192.0.2.1, a neighbour the DUT learned by ARP before: talking to it proves nothing
        cases.add(new RuleCases.Case(rule, Outcome.INCONCLUSIVE, "the forgery claims a neighbour the DUT already knew",
                () -> contact(respond(query(Lab.withDut().peerTo(dev.wirecheck.wire.MacAddress.BROADCAST,
                        Stimuli.arpRequest(PEER_MAC, PEER4, dev.wirecheck.wire.MacAddress.ZERO, DUT4)), PORT, ASK), PEER4,
                        PORT, answer(withId(ASK, 0x2222), PEER4)), PEER4)));
    }

    private void retransmissionRules() {
        String rule = "RFC1035-4.2.1-retransmission-interval";
        pass(rule, "the query is retransmitted after 2 s, then 4 s",
                () -> query(query(query(Lab.withDut(), PORT, ASK).after(2000), PORT, ASK).after(4000), PORT, ASK));
        fail(rule, "the query is retransmitted after 500 ms",
                () -> query(query(Lab.withDut(), PORT, ASK).after(500), PORT, ASK));
        // asked again 10 ms after its answer: a new query, not a 10-ms retransmission; its retransmission after 2 s conforms
        pass(rule, "an answered question asked again is a new query",
                () -> query(query(respond(query(Lab.withDut(), PORT, ASK), PEER4, PORT, answer(ASK, GENUINE)), PORT,
                        withId(ASK, 0x4444)).after(2000), PORT, withId(ASK, 0x4444)));
    }

    private void livenessAfterForgery() {
        String rule = "RFC1122-1.2.2-liveness";
        pass(rule, "the DUT answers a ping after a response with a wrong ID",
                () -> forged(PEER4, PORT, withId(ASK, 0x2222)).ping4(1).pong4(1));
        fail(rule, "the DUT ignores a ping after a response with a wrong ID",
                () -> forged(PEER4, PORT, withId(ASK, 0x2222)).ping4(1));
        fail(rule, "the DUT ignores a ping after a response whose name is a compression loop",
                () -> respond(query(Lab.withDut(), PORT, ASK), PEER4, PORT, LOOP).ping4(1));
    }

    private void rules() {
        livenessAfterForgery();
        matchingRules();
        retransmissionRules();
        pass("RFC1034-5.3.1-stub-recursion-desired", "the query sets RD", () -> query(Lab.withDut(), PORT, ASK));
        fail("RFC1034-5.3.1-stub-recursion-desired", "the query has RD clear", () -> query(Lab.withDut(), PORT,
                new DnsRepr(7, 0, ASK.questions(), List.of(), List.of(), List.of())));
        pass("RFC5452-9.2-unpredictable-id-port", "random IDs and ports",
                () -> queries(0x3a91, 51123, 0x07c2, 61007, 0xe415, 49321));
        fail("RFC5452-9.2-unpredictable-id-port", "one source port for every query",
                () -> queries(0x3a91, 5353 + 1000, 0x07c2, 6353, 0xe415, 6353));
        fail("RFC5452-9.2-unpredictable-id-port", "two queries from one source port",
                () -> queries(0x3a91, 6353, 0x07c2, 6353));
        pass("RFC5452-9.2-unpredictable-id-port", "two queries from different ports",
                () -> queries(0x3a91, 51123, 0x07c2, 61007));
        fail("RFC5452-9.2-unpredictable-id-port", "sequential IDs",
                () -> queries(100, 51123, 101, 61007, 102, 49321));
        pass("RFC9619-4-one-question", "a query with one question",
                () -> query(Lab.withDut(), 51123, DnsRepr.query(7, "dut-check.test", 1)));
        fail("RFC9619-4-one-question", "a query with two questions",
                () -> query(Lab.withDut(), 51123, new DnsRepr(7, DnsRepr.RD, List.of(DnsQuestion.in("a.test", 1),
                        DnsQuestion.in("b.test", 1)), List.of(), List.of(), List.of())));
    }
}
