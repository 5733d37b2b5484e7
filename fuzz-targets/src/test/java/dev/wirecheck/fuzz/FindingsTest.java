package dev.wirecheck.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Findings are deduplicated by stack hash, stored whole, and listed. */
class FindingsTest {

    private static RuntimeException thrownHere(String message) {
        return new IllegalStateException(message);
    }

    private static RuntimeException thrownThere(String message) {
        return new IllegalStateException(message);
    }

    @Test
    void theSameCrashSiteIsOneFindingWhoseLastSeenMovesOn(@TempDir Path dir) throws IOException {
        Findings findings = new Findings(dir);
        Findings.Recorded first = findings.record("tcp", new byte[]{1, 2, 3}, new byte[]{1}, thrownHere("a"), "crash", "");
        Findings.Recorded again = findings.record("tcp", new byte[]{9, 9}, null, thrownHere("different text"), "crash", "");
        assertTrue(first.isNew());
        assertFalse(again.isNew());
        assertEquals(first.dir(), again.dir());
        assertArrayEquals(new byte[]{1, 2, 3}, Files.readAllBytes(first.dir().resolve("input")), "the first input is kept");
        assertArrayEquals(new byte[]{1}, Files.readAllBytes(Finding.reproducer(first.dir())), "the minimised one reproduces");
        assertTrue(Files.readString(first.dir().resolve("stacktrace.txt")).contains("thrownHere"));
        Finding f = Findings.read(first.dir().resolve("finding.json"));
        assertEquals("tcp", f.target());
        assertEquals(Finding.OPEN, f.status());
        assertEquals(first.dir().getFileName().toString(), f.id());
        assertEquals(f.stackHash().substring(0, Finding.ID_LENGTH), f.id());
        assertTrue(f.topFrames().get(0).endsWith("FindingsTest.thrownHere"), f.topFrames().toString());
        assertEquals(1, findings.dirs().size());
        try (var s = Files.list(dir.resolve("tcp"))) {
            assertEquals(1, s.count(), "no temporary folder is left behind");
        }
    }

    @Test
    void anotherCrashSiteOrKindIsAnotherFinding(@TempDir Path dir) throws IOException {
        Findings findings = new Findings(dir);
        Path a = findings.record("dns", new byte[]{1}, null, thrownHere("x"), "crash", "").dir();
        Path b = findings.record("dns", new byte[]{1}, null, thrownThere("x"), "crash", "").dir();
        Path c = findings.record("dns", new byte[]{1}, null, null, "timeout", "libFuzzer: timeout").dir();
        assertNotEquals(a, b);
        assertNotEquals(b, c);
        assertEquals("libFuzzer: timeout", Files.readString(c.resolve("stacktrace.txt")));
        assertEquals(3, findings.dirs().size());
    }

    @Test
    void liveFindingsAreNotListedAsFuzzTargetFindings(@TempDir Path dir) throws IOException {
        Findings findings = new Findings(dir);
        findings.record("dns", new byte[]{1}, null, thrownHere("x"), "crash", "");
        Path live = Files.createDirectories(dir.resolve(Findings.LIVE_PREFIX + "lwip").resolve("56e679f5ec028744"));
        Files.writeString(live.resolve("finding.json"), "{\"target\": \"live-lwip\", \"kind\": \"target-died\"}");
        assertEquals(1, findings.dirs().size(), "a fuzz-live finding replays against a device, not a fuzz target");
        assertEquals("dns", findings.dirs().get(0).getParent().getFileName().toString());
    }

    @Test
    void contractViolationsInDifferentFieldsAreDifferentFindingsButNumbersDoNotCount() {
        String a = StackHash.of(new ContractViolation("hand and kaitai disagree: field tcp.seq[0]: hand=1@38, kaitai=2@38"));
        String b = StackHash.of(new ContractViolation("hand and kaitai disagree: field tcp.seq[0]: hand=7@54, kaitai=9@54"));
        String c = StackHash.of(new ContractViolation("hand and kaitai disagree: field ip.ttl[0]: hand=1@22, kaitai=2@22"));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void replayReturnsWhatTheTargetThrowsAndNullWhenItPasses() {
        FuzzTarget boom = new FuzzTarget("boom", "test", in -> {
            if (in.length > 0) {
                throw new ArrayIndexOutOfBoundsException(in.length);
            }
        }, SeedSource.NONE);
        assertEquals(ArrayIndexOutOfBoundsException.class, Findings.replay(boom, new byte[3]).getClass());
        assertEquals(null, Findings.replay(boom, new byte[0]));
    }
}
