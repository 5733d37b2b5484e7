package dev.wirecheck.cli;

import dev.wirecheck.bench.BenchStages;
import dev.wirecheck.bench.TsharkBench;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shape of {@code wirecheck bench}'s table on tiny inputs; timings are never asserted. */
class BenchCommandTest {
    /** stage, frames/s, MB/s, ratio, wall frames/s, warm-up CPU-s, what. */
    private static final Pattern ROW = Pattern.compile(
            "(\\S+)\\s+([\\d,]+)\\s+([\\d,]+\\.\\d)\\s+(\\d+\\.\\d\\d)x\\s+([\\d,]+)\\s+(\\d+\\.\\d)  (.+)");

    @Test
    void everyStageHasARowAndPcap4jIsTheBaseline() {
        Run r = Run.of("bench", "--frames", "300", "--seconds", "0.01", "--warmup", "0", "--no-tshark");
        assertEquals(Main.OK, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("wirecheck bench: synthetic mix of 300 frames"), r.out());
        List<String> names = BenchStages.standard().stream().map(s -> s.name()).toList();
        assertEquals(List.of("read", "hand", "hand-structure", "hand-family", "kaitai", "pcap4j", "pcap4j-checksums", "pcap4j-family", "check", "check-small"),
                names);
        List<String> rows = rows(r.out());
        assertEquals(names, rows.stream().map(l -> matcher(l).group(1)).toList(), r.out());
        for (String row : rows) {
            var m = matcher(row);
            assertTrue(Double.parseDouble(m.group(2).replace(",", "")) > 0, row);
        }
        String baseline = rows.stream().filter(l -> l.startsWith("pcap4j ")).findFirst().orElseThrow();
        assertEquals("1.00", matcher(baseline).group(4), baseline);
        for (String row : rows) {
            assertEquals("0.0", matcher(row).group(6), "--warmup 0 means no warm-up: " + row);
        }
    }

    /** Warm-up runs at least --warmup CPU seconds per stage, whatever the JIT does. */
    @Test
    void everyStageWarmsUpForAtLeastTheMinimum() {
        Run r = Run.of("bench", "--frames", "300", "--seconds", "0.01", "--warmup", "0.2", "--max-warmup", "0.2",
                "--no-tshark", "--stages", "hand");
        assertEquals(Main.OK, r.status(), r.out() + r.err());
        List<String> rows = rows(r.out());
        assertEquals(2, rows.size(), r.out());
        for (String row : rows) {
            assertTrue(Double.parseDouble(matcher(row).group(6)) >= 0.2, row);
        }
    }

    @Test
    void aCaptureFileIsMeasuredInsteadOfTheSyntheticMix() {
        Run r = Run.of("bench", RepoRoot.sharedCapture("lwip/02-ping.pcap").toString(), "--seconds", "0.01",
                "--warmup", "0", "--no-tshark", "--stages", "hand");
        assertEquals(Main.OK, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("wirecheck bench: 02-ping.pcap"), r.out());
        assertEquals(List.of("hand", "pcap4j"), rows(r.out()).stream().map(l -> matcher(l).group(1)).toList(), r.out());
    }

    /** tshark is an outside reference: two more rows, with and without TCP reassembly, saying how many frames it read. */
    @Test
    void tsharkRowsFollowWhenItIsInstalled() {
        if (TsharkBench.find() == null) {
            assertTrue(!"true".equals(System.getenv("CI")), "CI=true needs tshark (Debian package tshark)");
            Assumptions.abort("tshark is not installed (Debian package tshark)");
        }
        Run r = Run.of("bench", "--frames", "500", "--tshark-frames", "200", "--seconds", "0.01", "--warmup", "0",
                "--stages", "hand");
        assertEquals(Main.OK, r.status(), r.out() + r.err());
        List<String> rows = rows(r.out());
        assertEquals(List.of("hand", "pcap4j", "tshark", "tshark-reassembly"),
                rows.stream().map(l -> matcher(l).group(1)).toList(), r.out());
        assertTrue(rows.get(2).contains("first 200 of 500 frames"), rows.get(2));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(Main.USAGE, Run.of("bench", "--frames", "0").status());
        assertEquals(Main.USAGE, Run.of("bench", "--max-warmup", "-1").status());
        Run unknown = Run.of("bench", "--frames", "10", "--stages", "wireshark", "--no-tshark");
        assertEquals(Main.USAGE, unknown.status());
        assertTrue(unknown.err().contains("no bench stage 'wireshark'"), unknown.err());
        Run missing = Run.of("bench", "no-such-file.pcap", "--no-tshark");
        assertEquals(Main.USAGE, missing.status());
        assertTrue(missing.err().contains("no-such-file.pcap"), missing.err());
    }

    private static List<String> rows(String out) {
        return out.lines().filter(l -> ROW.matcher(l).matches()).toList();
    }

    private static java.util.regex.Matcher matcher(String row) {
        var m = ROW.matcher(row);
        assertTrue(m.matches(), row);
        assertNotNull(m.group(1));
        return m;
    }
}
