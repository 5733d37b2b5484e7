package dev.wirecheck.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CheckResultTest {
    static final RuleInfo ECHO = new RuleInfo("RFC1122-3.2.2.6-echo-reply", 1122, "3.2.2.6", Level.MUST,
            "Every ICMP Echo Request is answered with an Echo Reply", "ICMPv4");
    static final RuleInfo PORT = new RuleInfo("RFC1122-4.1.3.1-port-unreachable", 1122, "4.1.3.1", Level.SHOULD,
            "A datagram to a closed UDP port gets an ICMP Port Unreachable", "UDP");
    static final RuleInfo UNUSED = new RuleInfo("RFC791-3.1-version", 791, "3.1", Level.MUST,
            "IPv4 version field is 4", "IPv4");

    static CheckResult sample(List<Verdict> verdicts) {
        return new CheckResult(Path.of("x.pcap"),
                new DutIdentity("02:00:00:00:00:10", List.of("192.0.2.10"), DutIdentity.How.GIVEN_MAC, "--dut-mac"),
                1_000_000_000L, 3,
                List.of(new FrameRecord(1, 0, Side.PEER, new byte[]{1}, "a"),
                        new FrameRecord(2, 1, Side.DUT, new byte[]{2}, "b"),
                        new FrameRecord(3, 2, Side.PEER, new byte[]{3}, "c")),
                List.of(ECHO, PORT, UNUSED), verdicts);
    }

    @Test
    void talliesCountPerRuleInCatalogueOrderAndFailDominates() {
        CheckResult r = sample(List.of(
                new Verdict(ECHO, Outcome.PASS, List.of(1L, 2L), "answered"),
                new Verdict(ECHO, Outcome.FAIL, List.of(3L), "no reply within 1 s"),
                new Verdict(PORT, Outcome.INCONCLUSIVE, List.of(3L), "capture ended")));
        List<RuleTally> t = r.tallies();
        assertEquals(List.of(ECHO, PORT, UNUSED), t.stream().map(RuleTally::rule).toList());
        assertEquals(Outcome.FAIL, t.get(0).outcome());
        assertEquals(1, t.get(0).pass());
        assertEquals(1, t.get(0).fail());
        assertEquals(Outcome.INCONCLUSIVE, t.get(1).outcome());
        assertNull(t.get(2).outcome(), "a rule no verdict names is not applicable");
        assertEquals(1, r.counts().get(Outcome.FAIL));
        assertTrue(r.mandatoryFailed());
        assertEquals(2, r.frame(2).orElseThrow().bytes()[0]);
        assertTrue(r.frame(9).isEmpty());
    }

    @Test
    void aFailingShouldRuleIsNotMandatory() {
        CheckResult r = sample(List.of(new Verdict(PORT, Outcome.FAIL, List.of(3L), "no port unreachable")));
        assertFalse(r.mandatoryFailed());
        assertEquals("MUST NOT", Level.MUST_NOT.text());
        assertEquals(Level.SHOULD_NOT, Level.parse("SHOULD NOT"));
        assertTrue(Level.SHALL.mandatory());
        assertFalse(Level.MAY.mandatory());
    }

    @Test
    void atomicFileReplacesTheTargetAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("out/report.json");
        AtomicFile.writeString(f, "one");
        AtomicFile.writeString(f, "two");
        assertEquals("two", Files.readString(f));
        try (var s = Files.list(f.getParent())) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void atomicFileKeepsTheUmaskPermissionsOfAnOrdinaryNewFile(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions only");
        Path ordinary = Files.createFile(dir.resolve("ordinary"));
        Path report = dir.resolve("report.html");
        AtomicFile.writeString(report, "<p>hi</p>");
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(report),
                "a report must be readable like any file the user creates, not 0600");
    }

    @Test
    void atomicFileRefusesToReplaceADirectory(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectory(dir.resolve("out"));
        var e = assertThrows(java.io.IOException.class, () -> AtomicFile.writeString(sub, "x"));
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
        assertTrue(Files.isDirectory(sub));
    }
}
