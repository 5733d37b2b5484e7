package dev.wirecheck.differential;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.oracle.Captures;
import dev.wirecheck.parsers.ParserFamilies;
import dev.wirecheck.parsers.kaitai.SyntheticFrames;
import dev.wirecheck.vectors.RfcVector;
import dev.wirecheck.vectors.RfcVectors;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance test of the differential: hand-written against Kaitai and against pcap4j
 * on every frame of ../shared/captures and examples/, every RFC vector and every synthetic
 * frame. Every disagreement must be explained by an entry of the allowlist, and every entry
 * must still explain something (no stale entries).
 */
class ThreeFamiliesAgreeTest {
    /**
     * Shrunk counterexamples the generated-frame properties found, each a pcap4j or Kaitai
     * limitation with its own allowlist entry that the captures never show; kept here so
     * that those entries are checked for staleness on fixed frames, not on random ones. The
     * differential fuzz target's findings (findings/differential/, every one fixed) serve the
     * same purpose and are read from there.
     */
    private static final Map<String, String> GENERATED_COUNTEREXAMPLES = Map.of(
            "icmpv6-error-quoting-an-empty-padn (pcap4j-drops-empty-padn)",
            "02000000000002000000000086dd600000000048000020010db800000000000000000000000020010db8000000000000000000000000"
                    + "3a000104000000000100f419000000006000000000103c00fe800000000000000000000000000000fe80000000000000000000"
                    + "0000000000110001000102000000070007000802cf",
            "ndp-redirect-with-a-redirected-header (pcap4j-resizes-the-redirected-header)",
            "ffffffffffffffffffffffff86dd6000000000683a0020010db80000000000000000000000000000000000000000000000000000"
                    + "00008900d52b00000000fe800000000000000000000000000000000000000000000000000000000000000408000000000000"
                    + "600000000009110000000000000000000000000000000000fe800000000000000000000000000000000700070009014e0000000000000000",
            "mldv2-report-after-an-ah (pcap4j-throws-after-ah)",
            "02000000000002000000000086dd6000000000643300fe80000000000000000000000000000000000000000000000000000000000000"
                    + "3a0200000000000000000000000000008f00735e0000000301000000ff02000000000000000000000000000101000000ff020000"
                    + "00000000000000000000000101000001ff020000000000000000000000000002fe800000000000000000000000000000",
            "dns-response-with-a-reserved-label-type (kaitai-reads-reserved-label-types-as-lengths)",
            "020000000000020000000000810000008100000086dd600000000039110020010db80000000000000000000000000000000000000000"
                    + "0000000000000000003500070039ef2700008180000100000000000103777777076578616d706c6583636f6d0000010001c0"
                    + "1000010001000000000004c0000200");


    @Test
    void everyFrameAgreesOrIsExplainedAndNoAllowlistEntryIsStale() throws IOException {
        Differential diff = new Differential(List.of(ParserFamilies.byName("hand"), ParserFamilies.byName("kaitai"),
                ParserFamilies.byName("pcap4j")), Allowlist.standard());
        List<String> unexplained = new ArrayList<>();
        long frames = 0;
        for (Path file : Captures.all()) {
            for (Frame f : CaptureReader.readAll(file)) {
                frames++;
                collect(Captures.shared().getParent().relativize(file) + " ", diff.frame(f), unexplained);
            }
        }
        for (RfcVector v : RfcVectors.all()) {
            if (v.kind().equals("frame")) {
                collect(v + " ", diff.frame(v.frame()), unexplained);
            }
        }
        for (Map.Entry<String, Frame> e : SyntheticFrames.all().entrySet()) {
            collect("synthetic " + e.getKey() + " ", diff.frame(e.getValue()), unexplained);
        }
        for (Map.Entry<String, String> e : GENERATED_COUNTEREXAMPLES.entrySet()) {
            collect("generated " + e.getKey() + " ", diff.frame(Frame.ethernet(HexFormat.of().parseHex(e.getValue()), 0, 1)),
                    unexplained);
        }
        for (Path finding : fuzzFindings()) {
            collect("fuzz finding " + finding.getParent().getFileName() + " ",
                    diff.frame(Frame.ethernet(Files.readAllBytes(finding), 0, 1)), unexplained);
        }
        assertTrue(frames > 10_000, "the captures hold tens of thousands of frames, read " + frames);
        assertTrue(unexplained.isEmpty(), unexplained.size() + " unexplained disagreements, first ones:\n"
                + String.join("\n", unexplained.subList(0, Math.min(40, unexplained.size()))));
        assertEquals(List.of(), diff.stale().stream().map(Allowlist.Entry::id).toList(),
                "allowlist entries nothing matches any more; hits: " + new TreeMap<>(diff.hits()));
    }

    /** The inputs of the differential fuzz target's findings: Ethernet frames, each fixed by an allowlist entry or a parser fix. */
    private static List<Path> fuzzFindings() throws IOException {
        Path dir = RfcVectors.root().resolve("findings/differential");
        try (var s = Files.list(dir)) {
            List<Path> inputs = s.map(d -> d.resolve("input")).filter(Files::isRegularFile).sorted().toList();
            assertTrue(inputs.size() >= 8, "findings/differential holds the fuzz findings, read " + inputs.size());
            return inputs;
        }
    }

    private static void collect(String where, List<Differential.Finding> findings, List<String> unexplained) {
        for (Differential.Finding f : findings) {
            if (!f.explained()) {
                unexplained.add(where + f.disagreement().describe());
            }
        }
    }
}
