package dev.wirecheck.rules;

import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.check.Checker;
import dev.wirecheck.check.DutSurvey;
import dev.wirecheck.check.Engine;
import dev.wirecheck.check.FrameSource;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.Verdict;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static dev.wirecheck.rules.Lab.DUT_MAC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of requests pending at once ({@link Floods}: 100 µs apart, 1 s deadline), some
 * answered, most not: every request still gets its own verdict, in the order the requests came,
 * and the frames reach only the expectations they can concern (a plain list would make the
 * offers grow with frames x pending, millions here, instead of with the frames).
 */
class UnansweredFloodTest {
    private static final int N = 3000;

    @Test
    void echoFloodAnsweredEverySeventhGivesOneVerdictPerRequest() throws IOException {
        Lab lab = Floods.echoFlood(N, 7).end();
        Engine e = run(lab);
        List<Verdict> v = verdicts(e, "RFC1122-3.2.2.6-echo-reply");
        List<String> expectedPass = new ArrayList<>();
        List<String> expectedFail = new ArrayList<>();
        long frame = firstFloodFrame(lab);
        for (int i = 0; i < N; i++) {
            if (i % 7 == 0) {
                expectedPass.add("[" + frame + ", " + (frame + 1) + "]");
                frame += 2;
            } else {
                expectedFail.add("[" + frame + "]");
                frame++;
            }
        }
        assertEquals(expectedPass, frames(v, Outcome.PASS));
        // the first 500 failures are listed, in the order of the requests; the rest are counted
        assertEquals(expectedFail.subList(0, 500), frames(v, Outcome.FAIL).subList(0, 500));
        assertEquals("and " + (expectedFail.size() - 500) + " more FAIL verdicts of this rule, not listed",
                v.get(v.size() - 1).message());
        assertOffersGrowWithFramesOnly(e, lab);
    }

    @Test
    void portScanGetsOneClosedPortVerdictPerSyn() throws IOException {
        Lab lab = Floods.synFlood(N, 5).end();
        Engine e = run(lab);
        List<Verdict> v = verdicts(e, "RFC9293-3.10.7.1-closed-port-rst");
        List<String> pass = new ArrayList<>(), fail = new ArrayList<>(), open = new ArrayList<>();
        long frame = firstFloodFrame(lab);
        for (int i = 0; i < N; i++) {
            if (i % 5 == 0) {
                (i % 25 == 5 ? fail : pass).add("[" + frame + ", " + (frame + 1) + "]");
                frame += 2;
            } else {
                open.add("[" + frame + "]");
                frame++;
            }
        }
        assertEquals(pass, frames(v, Outcome.PASS));
        assertEquals(fail, frames(v, Outcome.FAIL));
        assertEquals(open.subList(0, 500), frames(v, Outcome.INCONCLUSIVE).subList(0, 500));
        assertTrue(v.stream().anyMatch(x -> x.message().equals("and " + (open.size() - 500)
                + " more INCONCLUSIVE verdicts of this rule, not listed")));
        assertOffersGrowWithFramesOnly(e, lab);
    }

    @Test
    void udpScanAnsweredEveryThirdGetsOneVerdictPerDatagram() throws IOException {
        Lab lab = Floods.udpScan(N, 3).end();
        Engine e = run(lab);
        List<Verdict> v = verdicts(e, "RFC1122-4.1.3.1-port-unreachable");
        List<String> pass = new ArrayList<>(), open = new ArrayList<>();
        long frame = firstFloodFrame(lab);
        for (int i = 0; i < N; i++) {
            if (i % 3 == 0) {
                pass.add("[" + frame + ", " + (frame + 1) + "]");
                frame += 2;
            } else {
                open.add("[" + frame + "]");
                frame++;
            }
        }
        assertEquals(pass.subList(0, 500), frames(v, Outcome.PASS));
        assertEquals(open.subList(0, 500), frames(v, Outcome.INCONCLUSIVE));
        assertTrue(v.stream().anyMatch(x -> x.message().equals("and " + (pass.size() - 500)
                + " more PASS verdicts of this rule, not listed")));
        assertTrue(v.stream().anyMatch(x -> x.message().equals("and " + (open.size() - 500)
                + " more INCONCLUSIVE verdicts of this rule, not listed")));
        assertOffersGrowWithFramesOnly(e, lab); // each port unreachable finds its datagram by the quoted header
    }

    @Test
    void ipv6UdpScanAnsweredEveryThirdGetsOneVerdictPerDatagram() throws IOException {
        // as udpScan, over IPv6, while the DUT also sends other datagrams: an ICMPv6 error is matched
        // by the addresses and ports it quotes (RFC 4443 §2.4(c): as much of the packet as fits), and
        // the DUT's other frames carry no key an IPv6 datagram waits for
        Lab lab = Floods.lab();
        List<String> pass = new ArrayList<>(), open = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            dev.wirecheck.parsers.hand.Ipv6Repr ip = Lab.v6(Lab.PEER6, Lab.DUT6, dev.wirecheck.parsers.hand.IpProtocols.UDP, 64);
            dev.wirecheck.parsers.hand.UdpRepr udp = new dev.wirecheck.parsers.hand.UdpRepr(20000, 6000 + i);
            lab.peer(ip, udp);
            long datagram = lab.frames().size();
            if (i % 3 == 0) {
                dev.wirecheck.wire.Octets quoted = dev.wirecheck.wire.Octets.of(
                        dev.wirecheck.parsers.hand.FrameBuilder.of(ip, udp).build());
                lab.dut(Lab.v6(Lab.DUT6, Lab.PEER6, dev.wirecheck.parsers.hand.IpProtocols.ICMPV6, 64),
                        Stimuli.icmpv6Error(1, 4, 0, quoted));
                pass.add("[" + datagram + ", " + lab.frames().size() + "]");
            } else {
                open.add("[" + datagram + "]");
                lab.dut(Lab.v6(Lab.DUT6, Lab.PEER6, dev.wirecheck.parsers.hand.IpProtocols.UDP, 64),
                        new dev.wirecheck.parsers.hand.UdpRepr(5000, 9));
            }
        }
        Engine e = run(lab.end());
        List<Verdict> v = verdicts(e, "RFC4443-3.1-port-unreachable");
        assertEquals(pass.subList(0, 500), frames(v, Outcome.PASS));
        assertEquals(open.subList(0, 500), frames(v, Outcome.INCONCLUSIVE));
        assertOffersGrowWithFramesOnly(e, lab);
    }

    @Test
    void forgedDnsResponseFloodIsJudgedByTheFramesThatCanSettleIt() throws IOException {
        // a cache-poisoning attempt: the DUT asks, N responses with wrong IDs claim 192.0.2.66 while the
        // DUT goes on sending unrelated datagrams; halfway it contacts 192.0.2.66 (every forgery so far
        // fails, RFC 5452 §9.1), at the end it asks again (it discarded the rest: they pass)
        Lab lab = DnsCases.query(Floods.lab(), DnsCases.PORT, DnsCases.ASK);
        List<Long> firstHalf = new ArrayList<>(), secondHalf = new ArrayList<>();
        long contact = 0;
        for (int i = 0; i < N; i++) {
            DnsCases.respond(lab, Lab.PEER4, DnsCases.PORT,
                    DnsCases.answer(DnsCases.withId(DnsCases.ASK, 0x2000 + i), DnsCases.CLAIMED));
            (i < N / 2 ? firstHalf : secondHalf).add((long) lab.frames().size());
            if (i % 5 == 0) {
                lab.dut(lab.v4(Lab.DUT4, Lab.PEER4, dev.wirecheck.parsers.hand.IpProtocols.UDP),
                        new dev.wirecheck.parsers.hand.UdpRepr(40000, 9));
            }
            if (i == N / 2 - 1) {
                DnsCases.contact(lab, DnsCases.CLAIMED);
                contact = lab.frames().size();
            }
        }
        DnsCases.query(lab, DnsCases.PORT, DnsCases.ASK);
        long again = lab.frames().size();
        Engine e = run(lab.end());
        List<Verdict> v = verdicts(e, "RFC5452-9.1-response-matching");
        long c = contact;
        assertEquals(firstHalf.subList(0, 500).stream().map(f -> "[" + f + ", " + c + "]").toList(),
                frames(v, Outcome.FAIL).subList(0, 500));
        assertEquals(secondHalf.subList(0, 500).stream().map(f -> "[" + f + ", " + again + "]").toList(),
                frames(v, Outcome.PASS).subList(0, 500));
        assertTrue(v.stream().anyMatch(x -> x.message().equals("and " + (firstHalf.size() - 500)
                + " more FAIL verdicts of this rule, not listed")));
        assertTrue(v.stream().noneMatch(x -> x.outcome() == Outcome.INCONCLUSIVE), v.toString());
        assertOffersGrowWithFramesOnly(e, lab);
    }

    @Test
    void foreignOfferFloodReachesOnlyTheDutsDhcpMessages() throws IOException {
        // a rogue server floods OFFERs with xids not the DUT's; the DUT keeps sending other datagrams
        // and never takes one up: each OFFER passes RFC 2131 §4.4.1 when its deadline comes
        Lab lab = DhcpCases.client(Floods.lab(), DhcpCases.msg(dev.wirecheck.parsers.hand.DhcpMessageType.DISCOVER,
                DhcpCases.XID, null));
        List<String> offers = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            DhcpCases.server(lab, DhcpCases.msg(dev.wirecheck.parsers.hand.DhcpMessageType.OFFER, DhcpCases.OTHER_XID + i,
                    Lab.DUT4, DhcpCases.serverId()));
            offers.add("[" + lab.frames().size() + "]");
            if (i % 5 == 0) {
                lab.dut(lab.v4(Lab.DUT4, Lab.PEER4, dev.wirecheck.parsers.hand.IpProtocols.UDP),
                        new dev.wirecheck.parsers.hand.UdpRepr(40000, 9));
            }
        }
        Engine e = run(lab.end());
        List<Verdict> v = verdicts(e, "RFC2131-4.4.1-foreign-offer-discarded");
        assertEquals(offers.subList(0, 500), frames(v, Outcome.PASS));
        assertTrue(v.stream().anyMatch(x -> x.message().equals("and " + (N - 500) + " more PASS verdicts of this rule, not listed")));
        assertOffersGrowWithFramesOnly(e, lab);
    }

    /** A broken index offers every frame to the thousands pending: millions. */
    private static void assertOffersGrowWithFramesOnly(Engine e, Lab lab) {
        long offered = e.stack().pending().offered();
        assertTrue(offered <= 2L * lab.frames().size(), () -> offered + " offers for " + lab.frames().size() + " frames");
    }

    private static Engine run(Lab lab) throws IOException {
        FrameSource source = FrameSource.of(lab.frames());
        return Checker.run(source, DutSurvey.survey(source, DUT_MAC.toString(), null), Catalogue.newRules(),
                CheckOptions.DEFAULT_DEADLINE, n -> { });
    }

    /** The number of the flood's first request: after the DUT's introduction and the ARP exchange. */
    private static long firstFloodFrame(Lab lab) {
        return Floods.lab().frames().size() + 1;
    }

    private static List<Verdict> verdicts(Engine e, String rule) {
        return e.verdicts().stream().filter(v -> v.rule().id().equals(rule)).toList();
    }

    private static List<String> frames(List<Verdict> v, Outcome o) {
        return v.stream().filter(x -> x.outcome() == o && !x.frames().isEmpty()).map(x -> x.frames().toString()).toList();
    }
}
