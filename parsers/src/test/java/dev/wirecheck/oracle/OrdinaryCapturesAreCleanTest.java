package dev.wirecheck.oracle;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.parsers.ParserFamilies;
import dev.wirecheck.parsers.ParserFamily;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The device captures in ../shared/captures are ordinary traffic of two working stacks:
 * no parser family may report a malformation on any of their frames, except frames their
 * MANIFEST.md describes as malformed. A malformation on an ordinary frame is a parser bug
 * (or a device defect the MANIFEST must then name).
 */
class OrdinaryCapturesAreCleanTest {

    /**
     * Frames a MANIFEST.md describes as malformed: capture path under ../shared/captures →
     * frame numbers. The MANIFESTs of the current set describe none.
     */
    static final Map<String, Set<Long>> MANIFEST_MALFORMED = Map.of();

    @Test
    void noFamilyReportsAMalformationOnAnOrdinaryFrame() throws IOException {
        // Our own families. pcap4j 1.8.2 misreads some ordinary frames itself (e.g. it sizes a
        // hop-by-hop header by its options, not by Hdr Ext Len); those readings are pcap4j's
        // defects, each explained by an entry of the differential allowlist (ThreeFamiliesAgreeTest).
        List<ParserFamily> families = ParserFamilies.all().stream().filter(f -> !f.name().equals("pcap4j")).toList();
        assertTrue(ParserFamilies.names().contains("hand"), "the hand family must be on the class path: " + ParserFamilies.names());
        List<String> found = new ArrayList<>();
        long frames = 0;
        for (Path capture : Captures.deviceCaptures()) {
            String name = Captures.shared().relativize(capture).toString();
            Set<Long> excused = MANIFEST_MALFORMED.getOrDefault(name, Set.of());
            for (Frame f : CaptureReader.readAll(capture)) {
                frames++;
                if (excused.contains(f.number())) {
                    continue;
                }
                for (ParserFamily family : families) {
                    Dissection d = family.dissect(f);
                    if (!d.malformations().isEmpty() && found.size() < 40) {
                        found.add(name + " frame " + f.number() + " (" + family.name() + ", " + d.protocols() + "): "
                                + d.malformations());
                    }
                }
            }
        }
        assertTrue(frames > 10_000, "the ordinary captures hold tens of thousands of frames, read " + frames);
        assertEquals(List.of(), found, "malformations on ordinary frames the MANIFESTs do not describe as malformed");
    }

    /**
     * Keeps {@link #MANIFEST_MALFORMED} honest: a MANIFEST that speaks of malformed frames
     * must have its frames listed there, or the test above would fail for the wrong reason.
     */
    @Test
    void everyManifestThatDescribesMalformedFramesIsListed() throws IOException {
        List<Path> manifests;
        try (var s = Files.walk(Captures.shared())) {
            manifests = s.filter(p -> p.getFileName().toString().equals("MANIFEST.md")).sorted().toList();
        }
        assertEquals(3, manifests.size(), "lwip, smoltcp and smoltcp/own-driver each have a MANIFEST.md: " + manifests);
        for (Path m : manifests) {
            String folder = Captures.shared().relativize(m.getParent()).toString();
            boolean describesMalformed = Files.readString(m).toLowerCase(Locale.ROOT).contains("malformed");
            boolean listed = MANIFEST_MALFORMED.keySet().stream().anyMatch(k -> Path.of(k).getParent().toString().equals(folder));
            assertEquals(describesMalformed, listed, m + (describesMalformed
                    ? " describes malformed frames: list them in MANIFEST_MALFORMED"
                    : " describes no malformed frames, yet MANIFEST_MALFORMED lists some of its captures"));
        }
    }
}
