package dev.wirecheck.check;

import dev.wirecheck.rules.Lab;
import dev.wirecheck.stack.Durations;
import dev.wirecheck.vectors.RfcVectors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckerTest {
    static final String ECHO = "RFC1122-3.2.2.6-echo-reply";

    static Path shared(String name) {
        return RfcVectors.root().resolve("../shared/captures").resolve(name).normalize();
    }

    static CheckResult check(Lab lab, long deadline) throws IOException {
        return Checker.check(Path.of("lab.pcap"), FrameSource.of(lab.frames()),
                CheckOptions.defaults().withDut(Lab.DUT_MAC.toString(), null).withDeadline(deadline), n -> { });
    }

    static Outcome outcome(CheckResult r, String rule) {
        return r.tallies().stream().filter(t -> t.rule().id().equals(rule)).findFirst().orElseThrow().outcome();
    }

    @Test
    void theStationSendingDhcpDiscoverIsTheDut() throws IOException {
        // lwIP MANIFEST: DUT MAC 02:00:00:00:00:01, captured from power-on
        CheckResult r = Checker.check(shared("lwip/01-dhcp-boot.pcap"), CheckOptions.defaults());
        assertEquals("02:00:00:00:00:01", r.dut().mac());
        assertEquals(DutIdentity.How.DHCP_DISCOVER, r.dut().how());
        assertTrue(r.dut().addresses().containsAll(List.of("192.0.2.100", "fe80::ff:fe00:1", "2001:db8:77::ff:fe00:1")),
                r.dut().addresses().toString());
    }

    @Test
    void withoutDhcpTheStationAnsweringMostIsTheDut() throws IOException {
        // examples/README.md: DUT 02:00:00:00:00:10, the peer only asks
        CheckResult r = Checker.check(RfcVectors.root().resolve("examples/linux-kernel.pcap"), CheckOptions.defaults());
        assertEquals("02:00:00:00:00:10", r.dut().mac());
        assertEquals(DutIdentity.How.MOST_ANSWERS, r.dut().how());
        assertTrue(r.dut().explanation().contains("answered the most requests"), r.dut().explanation());
    }

    @Test
    void aDutNamedByIpIsFoundByItsFrames() throws IOException {
        CheckResult r = Checker.check(shared("smoltcp/02-ping.pcap"),
                CheckOptions.defaults().withDut(null, "192.0.2.100"));
        assertEquals("02:00:00:00:00:02", r.dut().mac());
        assertEquals(DutIdentity.How.GIVEN_IP, r.dut().how());
        assertEquals(Outcome.PASS, outcome(r, ECHO));
    }

    @Test
    void aCaptureEndingBeforeTheDeadlineIsInconclusive() throws IOException {
        CheckResult r = check(Lab.withDut().ping4(1), CheckOptions.DEFAULT_DEADLINE);
        assertEquals(Outcome.INCONCLUSIVE, outcome(r, ECHO));
        assertEquals(List.of(4L), r.verdictsOf(ECHO).get(0).frames(), "the verdict names the echo request");
    }

    @Test
    void theDeadlineIsConfigurable() throws IOException {
        Lab late = Lab.withDut().ping4(1).after(1500).pong4(1).end();
        assertEquals(Outcome.FAIL, outcome(check(late, Durations.parseNanos("1s")), ECHO));
        assertEquals(Outcome.PASS, outcome(check(late, Durations.parseNanos("2s")), ECHO));
    }

    @Test
    void aFailureNamesTheStimulusAndAPassNamesBothFrames() throws IOException {
        CheckResult r = check(Lab.withDut().ping4(1).pong4(1).ping4(2).end(), CheckOptions.DEFAULT_DEADLINE);
        List<Verdict> vs = r.verdictsOf(ECHO);
        assertEquals(Outcome.PASS, vs.get(0).outcome());
        assertEquals(List.of(4L, 5L), vs.get(0).frames());
        assertEquals(Outcome.FAIL, vs.get(1).outcome());
        assertEquals(List.of(6L), vs.get(1).frames());
        assertTrue(r.mandatoryFailed());
    }

    @Test
    void smallCapturesKeepEveryFrameWithItsSide() throws IOException {
        CheckResult r = check(Lab.withDut().ping4(1).pong4(1), CheckOptions.DEFAULT_DEADLINE);
        assertEquals(5, r.frames().size());
        assertEquals(Side.PEER, r.frame(4).orElseThrow().side());
        assertEquals(Side.DUT, r.frame(5).orElseThrow().side());
        assertEquals("ICMPv4 echo reply 192.0.2.10 → 192.0.2.1 id=0x0007 seq=1", r.frame(5).orElseThrow().summary());
    }

    @Test
    void capturesLongerThanTheKeepLimitKeepOnlyTheFramesVerdictsName() throws IOException {
        // a frame of the IEEE 802 local experimental EtherType 0x88b5 (IEEE 802 §9.2.2): no rule judges it
        byte[] experimental = new byte[60];
        System.arraycopy(new byte[]{2, 0, 0, 0, 0, 0x10, 2, 0, 0, 0, 0, 1, (byte) 0x88, (byte) 0xb5}, 0, experimental, 0, 14);
        Lab lab = Lab.withDut().ping4(1).pong4(1).raw(experimental).ping4(4).end();
        int frames = lab.frames().size();
        CheckResult all = checkKeeping(lab, frames);
        assertEquals(frames, all.frames().size(), "a capture of exactly the limit keeps every frame");

        CheckResult named = checkKeeping(lab, frames - 1);
        java.util.Set<Long> wanted = new java.util.TreeSet<>();
        named.verdicts().forEach(v -> wanted.addAll(v.frames()));
        assertEquals(List.copyOf(wanted), named.frames().stream().map(FrameRecord::number).toList());
        assertTrue(named.frames().size() < frames, named.frames().toString());
        assertEquals("Ethernet 02:00:00:00:00:01 → 02:00:00:00:00:10 type 0x88b5",
                all.frames().stream().filter(f -> !wanted.contains(f.number())).findFirst().orElseThrow().summary());
        // the records of the second walk tell sides and summaries as the kept ones do
        for (FrameRecord f : named.frames()) {
            FrameRecord same = all.frame(f.number()).orElseThrow();
            assertEquals(same.side(), f.side(), "frame " + f.number());
            assertEquals(same.summary(), f.summary(), "frame " + f.number());
        }
        long unanswered = named.verdictsOf(ECHO).stream().filter(Verdict::failed).findFirst().orElseThrow().frames().get(0);
        assertEquals(Side.PEER, named.frame(unanswered).orElseThrow().side());
        assertEquals("ICMPv4 echo request 192.0.2.1 → 192.0.2.10 id=0x0007 seq=4", named.frame(unanswered).orElseThrow().summary());
    }

    private static CheckResult checkKeeping(Lab lab, int keepAll) throws IOException {
        CheckOptions o = CheckOptions.defaults().withDut(Lab.DUT_MAC.toString(), null);
        return Checker.check(Path.of("lab.pcap"), FrameSource.of(lab.frames()),
                new CheckOptions(o.dutMac(), o.dutIp(), o.deadlineNanos(), keepAll), n -> { });
    }

    @Test
    void deadlinesParseAndRejectNonsense() {
        assertEquals(250_000_000L, Durations.parseNanos("250ms"));
        assertEquals(1_500_000_000L, Durations.parseNanos("1.5s"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parseNanos("soon"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parseNanos("0s"));
        assertFalse(Durations.text(1_000_000_000L).isEmpty());
    }
}
