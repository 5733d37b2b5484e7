package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.differential.Disagreement;
import dev.wirecheck.differential.DissectionComparator;
import dev.wirecheck.parsers.hand.HandFamily;
import dev.wirecheck.vectors.RfcVector;
import dev.wirecheck.vectors.RfcVectors;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The differential test of the two families on the real device captures in
 * ../shared/captures (lwIP and smoltcp, and smoltcp's second capture) and on every RFC
 * vector: the Kaitai family never throws, and every disagreement the comparator finds (a
 * field one family lacks, a different value, type or offset, different malformation
 * categories in a layer) is explained by the allowlist.
 */
class KaitaiFamilyAgreesWithHandTest {
    private final KaitaiFamily kaitai = new KaitaiFamily();
    private final HandFamily hand = new HandFamily();

    static List<Path> captures() throws IOException {
        Path shared = RfcVectors.root().resolve("../shared/captures").normalize();
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(shared.resolve("lwip"), shared.resolve("smoltcp"), shared.resolve("smoltcp/own-driver"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".pcap")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void everyCapturedFrameDissectsTheSameInBothFamilies() throws IOException {
        List<Path> files = captures();
        assertEquals(33, files.size(), "eleven scenarios from each of the three capture folders: " + files);
        List<String> disagreements = new ArrayList<>();
        long frames = 0;
        for (Path file : files) {
            for (Frame f : CaptureReader.readAll(file)) {
                frames++;
                check(file.getParent().getFileName() + "/" + file.getFileName() + " frame " + f.number(), f,
                        disagreements);
            }
        }
        assertTrue(frames > 10_000, "the captures hold tens of thousands of frames, read " + frames);
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements, first ones:\n"
                + String.join("\n", disagreements.subList(0, Math.min(40, disagreements.size()))));
    }

    @Test
    void everyRfcVectorDissectsTheSameInBothFamilies() throws IOException {
        List<String> disagreements = new ArrayList<>();
        for (RfcVector v : RfcVectors.all()) {
            if (v.kind().equals("frame")) {
                check(v.toString(), v.frame(), disagreements);
            }
        }
        assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
    }

    /** The layers the hand family dissects on a real capture are all dissected by Kaitai too. */
    @Test
    void kaitaiProducesEveryFieldOfTheHandFamilyOnACapture() throws IOException {
        Path file = RfcVectors.root().resolve("../shared/captures/lwip/07-ping6-linklocal.pcap").normalize();
        for (Frame f : CaptureReader.readAll(file)) {
            Dissection h = hand.dissect(f);
            Dissection k = kaitai.dissect(f);
            List<Disagreement> missing = DissectionComparator.compare(h, k).stream()
                    .filter(d -> d.kind() == Disagreement.Kind.FIELD_MISSING).toList();
            assertEquals(List.of(), missing, "frame " + f.number() + " fields only one family has");
            assertTrue(k.protocols().startsWith(h.protocols()), "frame " + f.number() + ": " + k.protocols());
        }
    }

    private void check(String where, Frame f, List<String> disagreements) {
        Dissection k = kaitai.dissect(f);
        assertFalse(k.hasMalformation(KaitaiFamily.ADAPTER_FAILURE.id()), where + ": " + k.malformations());
        Dissection h = hand.dissect(f);
        disagreements.addAll(Unexplained.of(where, h, k));
    }
}
