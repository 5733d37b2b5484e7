package dev.wirecheck.fuzz;

import dev.wirecheck.oracle.Captures;
import dev.wirecheck.oracle.ExternalTools;
import dev.wirecheck.oracle.Tshark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code wirecheck import} over the real device captures in ../shared (into a temporary
 * corpus, never the repository's): seeds per target, named by SHA-1, deduplicated, with
 * provenance; layer seeds checked against tshark's idea of where each layer starts and ends.
 */
class CorpusImportTest {
    private static final Set<String> EVERY_CAPTURE_FEEDS = Set.of("dissector", "differential", "kaitai-dissector",
            "ethernet", "capture", "check");

    @Test
    void deviceCapturesSeedEveryLayerTargetOnceBySha1(@TempDir Path dir) throws IOException {
        Corpus corpus = new Corpus(dir);
        for (Path capture : smallCaptures()) {
            corpus.importCapture(capture, capture.toString(), Corpus.stackOf(capture));
        }
        Map<String, Integer> added = corpus.added();
        for (String target : List.of("dissector", "differential", "capture", "check", "arp", "ipv4", "ipv6", "icmpv4", "icmpv6",
                "ndp", "tcp", "udp", "kaitai-tcp", "kaitai-dhcp")) {
            assertTrue(added.getOrDefault(target, 0) > 0, "no seeds for " + target + ": " + added);
        }
        for (String target : added.keySet()) {
            Path targetDir = dir.resolve(target);
            List<String> rows = Files.readAllLines(targetDir.resolve(Corpus.PROVENANCE));
            assertEquals("sha1\tsource\tframe\tstack\tadded", rows.get(0));
            assertEquals(added.get(target), rows.size() - 1, "one provenance row per seed of " + target);
            for (String row : rows.subList(1, rows.size())) {
                String[] col = row.split("\t");
                byte[] seed = Files.readAllBytes(targetDir.resolve(col[0]));
                assertEquals(col[0], StackHash.sha1(seed), "seed file named by its SHA-1");
                assertTrue(Set.of("lwip", "smoltcp").contains(col[3]), "stack column: " + row);
                assertTrue(Long.parseLong(col[2]) >= 1, "frame number: " + row);
            }
        }
        for (String target : EVERY_CAPTURE_FEEDS) {
            assertTrue(Files.readString(dir.resolve(target).resolve(Corpus.PROVENANCE)).contains("lwip")
                    && Files.readString(dir.resolve(target).resolve(Corpus.PROVENANCE)).contains("smoltcp"),
                    target + " has seeds from both stacks");
        }

        Corpus again = new Corpus(dir);
        for (Path capture : smallCaptures()) {
            again.importCapture(capture, capture.toString(), "lwip");
        }
        assertEquals(Map.of(), again.added(), "importing the same captures again adds nothing");
    }

    @Test
    void checkSeedsAreRunsOfConsecutiveFramesOfTheCapture(@TempDir Path dir) throws IOException {
        Path capture = Captures.shared().resolve("lwip/02-ping.pcap");
        List<dev.wirecheck.wire.Frame> original = readAll(capture);
        new Corpus(dir).importCapture(capture, "ping", "lwip");
        List<String> rows = Files.readAllLines(dir.resolve("check").resolve(Corpus.PROVENANCE));
        assertTrue(rows.size() - 1 >= original.size() / CaptureRuns.FRAMES, rows.size() - 1 + " runs");
        long covered = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] col = row.split("\t");
            byte[] seed = Files.readAllBytes(dir.resolve("check").resolve(col[0]));
            assertTrue(seed.length <= CaptureRuns.BYTES && seed.length <= FuzzTarget.MAX_INPUT_BYTES, row);
            List<dev.wirecheck.wire.Frame> run = readAll(seed);
            assertTrue(!run.isEmpty() && run.size() <= CaptureRuns.FRAMES, row);
            int first = Integer.parseInt(col[2]) - 1;
            for (int i = 0; i < run.size(); i++) {
                dev.wirecheck.wire.Frame want = original.get(first + i);
                assertTrue(java.util.Arrays.equals(want.data(), run.get(i).data())
                        && want.timestampNanos() == run.get(i).timestampNanos(), "frame " + (first + i + 1) + " in " + row);
            }
            covered += run.size();
        }
        assertEquals(original.size(), covered, "every frame in one run (all distinct, so none dropped as a duplicate)");
    }

    private static List<dev.wirecheck.wire.Frame> readAll(Path capture) throws IOException {
        return readAll(dev.wirecheck.capture.CaptureReader.open(capture));
    }

    private static List<dev.wirecheck.wire.Frame> readAll(byte[] pcap) throws IOException {
        return readAll(dev.wirecheck.capture.CaptureReader.open(new java.io.ByteArrayInputStream(pcap), "seed"));
    }

    private static List<dev.wirecheck.wire.Frame> readAll(dev.wirecheck.capture.CaptureReader reader) throws IOException {
        List<dev.wirecheck.wire.Frame> out = new java.util.ArrayList<>();
        try (dev.wirecheck.capture.CaptureReader r = reader) {
            for (dev.wirecheck.wire.Frame f; (f = r.next()) != null; ) {
                out.add(f);
            }
        }
        return out;
    }

    /** Every device capture but the long downloads (05, 11), which hold no kind of frame the others lack. */
    private static List<Path> smallCaptures() throws IOException {
        return Captures.deviceCaptures().stream().filter(p -> !p.getFileName().toString().matches("(05|11)-.*")).toList();
    }

    @Test
    void tcpAndDhcpSeedsSpanWhatTsharkSaysTheLayerSpans(@TempDir Path dir) throws Exception {
        Path tshark = ExternalTools.require("tshark", "tshark");
        Path capture = Captures.shared().resolve("lwip/01-dhcp-boot.pcap");
        Path http = Captures.shared().resolve("lwip/04-http-small.pcap");
        Corpus corpus = new Corpus(dir);
        corpus.importCapture(capture, "dhcp", "lwip");
        corpus.importCapture(http, "http", "lwip");
        List<Map<String, List<String>>> dhcpFrames = Tshark.fields(tshark, capture);
        List<Map<String, List<String>>> httpFrames = Tshark.fields(tshark, http);
        int checked = 0;
        for (String target : List.of("tcp", "kaitai-dhcp")) {
            List<String> rows = Files.readAllLines(dir.resolve(target).resolve(Corpus.PROVENANCE));
            for (String row : rows.subList(1, rows.size())) {
                String[] col = row.split("\t");
                Map<String, List<String>> frame = (col[1].equals("dhcp") ? dhcpFrames : httpFrames).get(Integer.parseInt(col[2]) - 1);
                byte[] seed = Files.readAllBytes(dir.resolve(target).resolve(col[0]));
                long expected = target.equals("tcp")
                        ? Tshark.number(frame.get("tcp.hdr_len").get(0)) + Tshark.number(frame.get("tcp.len").get(0))
                        : Tshark.number(frame.get("udp.length").get(0)) - 8;
                assertEquals(expected, seed.length, target + " seed of frame " + col[2]);
                if (target.equals("tcp")) {
                    assertEquals(Tshark.number(frame.get("tcp.srcport").get(0)), (long) ((seed[0] & 0xff) << 8 | seed[1] & 0xff));
                } else {
                    assertEquals(Tshark.number(frame.get("dhcp.type").get(0)), (long) seed[0]);
                }
                checked++;
            }
        }
        assertTrue(checked > 5, "seeds checked: " + checked);
    }
}
