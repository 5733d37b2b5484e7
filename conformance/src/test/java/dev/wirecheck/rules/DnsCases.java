package dev.wirecheck.rules;

import dev.wirecheck.check.Outcome;
import dev.wirecheck.parsers.hand.DnsQuestion;
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

    private void rules() {
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
