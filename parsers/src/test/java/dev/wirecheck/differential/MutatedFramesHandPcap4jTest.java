package dev.wirecheck.differential;

import dev.wirecheck.parsers.ParserFamilies;
import dev.wirecheck.parsers.ParserFamily;
import dev.wirecheck.parsers.kaitai.MutatedFramesAgreeTest;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Malformation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Frames of every kind with header bytes overwritten (fixed seed): pcap4j clamps lengths and
 * checks little, so on malformed layers it rightly disagrees with the hand family; but in
 * every layer that neither family finds malformed, the values and offsets of the fields both
 * produce must agree, or be explained by the allowlist.
 */
class MutatedFramesHandPcap4jTest {
    private static final int MUTANTS_PER_FRAME = 200;
    private static final int HEADER_BYTES = 80;

    @Test
    void inLayersBothAcceptTheValuesAgree() throws IOException {
        ParserFamily hand = ParserFamilies.byName("hand");
        ParserFamily pcap4j = ParserFamilies.byName("pcap4j");
        Differential diff = new Differential(List.of(hand, pcap4j), Allowlist.standard());
        SplittableRandom random = new SplittableRandom(7);
        List<String> unexplained = new ArrayList<>();
        long compared = 0;
        for (Frame original : MutatedFramesAgreeTest.onePerKind()) {
            for (int i = 0; i < MUTANTS_PER_FRAME; i++) {
                byte[] b = original.data().clone();
                for (int e = 1 + random.nextInt(3); e > 0; e--) {
                    b[random.nextInt(Math.min(b.length, HEADER_BYTES))] = (byte) random.nextInt(256);
                }
                Frame f = new Frame(b, b.length, 0, original.linkType(), original.linkTypeNumber(), 1);
                Dissection h = hand.dissect(f);
                Dissection p = pcap4j.dissect(f);
                Set<String> malformed = new HashSet<>();
                h.malformations().stream().map(Malformation::layer).forEach(malformed::add);
                p.malformations().stream().map(Malformation::layer).forEach(malformed::add);
                for (Differential.Finding finding : diff.findings(List.of(h, p))) {
                    Disagreement d = finding.disagreement();
                    boolean valueOrPlace = d.kind() == Disagreement.Kind.VALUE_DIFFERS
                            || d.kind() == Disagreement.Kind.OFFSET_DIFFERS;
                    if (valueOrPlace && !finding.explained() && !malformed.contains(d.layer())) {
                        unexplained.add(d.describe() + " in " + h.protocols() + " / " + p.protocols());
                    }
                }
                compared++;
            }
        }
        assertTrue(compared > 5_000, "mutants compared: " + compared);
        assertTrue(unexplained.isEmpty(), unexplained.size() + " disagreements in accepted layers, first ones:\n"
                + String.join("\n", unexplained.subList(0, Math.min(30, unexplained.size()))));
    }
}
