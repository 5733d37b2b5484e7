package dev.wirecheck.cli;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.parsers.hand.HandFamily;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code wirecheck diff} on real captures, on a planted disagreement, and on bad input. */
class DiffCommandTest {
    @TempDir
    Path tmp;

    /** lwIP's DHCP boot holds DNS, MLD and IGMP: only explained disagreements, listed per field in the summary. */
    @Test
    void aRealCaptureHasOnlyExplainedDisagreements() {
        Run r = Run.of("diff", RepoRoot.sharedCapture("lwip/01-dhcp-boot.pcap").toString());
        assertEquals(Main.OK, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("hand vs pcap4j"), r.out());
        assertTrue(r.out().contains("pcap4j-has-no-mld"), r.out());
        assertTrue(r.out().contains(" 0 unexplained"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  explained by pcap4j-has-no-igmp +[1-9]\\d*")), r.out());
    }

    /**
     * An IPv4 total length past the end of the frame (RFC 791 §3.1): the hand family reports
     * it, pcap4j clamps the length silently. The shipped allowlist explains that leniency; with
     * an allowlist that explains nothing the disagreement is printed with both sides and the
     * command exits 1.
     */
    @Test
    void aDisagreementNoEntryExplainsIsPrintedAndExitsOne() throws IOException {
        Path file = tmp.resolve("long-ip.pcap");
        Frame udp = firstUdp(RepoRoot.sharedCapture("lwip/06-udp-echo.pcap"));
        byte[] b = udp.data().clone();
        int ip = new HandFamily().dissect(udp).layer("ip").offset();
        b[ip + 2] = 0x0f; // total length 0x0fxx, far past the frame
        try (PcapWriter w = PcapWriter.atomic(file, 1)) {
            w.write(b, b.length, 0);
        }
        // the shipped allowlist explains this one (pcap4j-checks-less); an empty one explains nothing
        Path none = tmp.resolve("empty-allowlist.json");
        Files.writeString(none, "{\"entries\": []}");
        assertEquals(Main.OK, Run.of("diff", file.toString(), "--against", "pcap4j").status());
        Run r = Run.of("diff", file.toString(), "--against", "pcap4j", "--allowlist", none.toString());
        assertEquals(Main.FOUND, r.status(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(file + " frame 1:") && l.contains("[ip]")
                && l.contains("hand=") && l.contains("pcap4j=")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("1 frames,") && !l.contains(" 0 unexplained")), r.out());
    }

    @Test
    void anUnknownFamilyIsAUsageError() {
        Run r = Run.of("diff", RepoRoot.sharedCapture("lwip/02-ping.pcap").toString(), "--against", "wireshark");
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("no parser family 'wireshark'"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void aMissingOrCorruptFileIsReportedAndTheOthersAreStillCompared() throws IOException {
        Path junk = tmp.resolve("junk.pcap");
        Files.write(junk, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Run r = Run.of("diff", tmp.resolve("absent.pcap").toString(), junk.toString(),
                RepoRoot.sharedCapture("lwip/02-ping.pcap").toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("absent.pcap"), r.err());
        assertTrue(r.err().contains("not a pcap or pcapng file"), r.err());
        long frames = CaptureReader.readAll(RepoRoot.sharedCapture("lwip/02-ping.pcap")).size();
        assertTrue(r.out().contains(frames + " frames,"), r.out());
    }

    private static Frame firstUdp(Path file) throws IOException {
        HandFamily hand = new HandFamily();
        for (Frame f : CaptureReader.readAll(file)) {
            Dissection d = hand.dissect(f);
            if (d.has("udp") && d.has("ip")) {
                return f;
            }
        }
        throw new IllegalStateException("no UDP over IPv4 in " + file);
    }
}
