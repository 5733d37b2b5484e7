package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.parsers.hand.HandFamily;
import dev.wirecheck.vectors.RfcVectors;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real frames of every kind in the captures and synthetic ones of the other kinds, mutated with a fixed seed (bytes overwritten
 * in the headers, frames cut short): both families must still agree field by field and on
 * the malformation categories per layer. This is where the two implementations meet
 * malformed input, which the clean captures never show them.
 */
public class MutatedFramesAgreeTest {
    private static final int MUTANTS_PER_FRAME = 400;

    @Test
    void mutatedFramesOfEveryKindDissectTheSameInBothFamilies() throws IOException {
        KaitaiFamily kaitai = new KaitaiFamily();
        HandFamily hand = new HandFamily();
        List<String> disagreements = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(0x5eed);
        long mutants = 0;
        for (Frame original : onePerKind()) {
            byte[] b = original.data();
            for (int i = 0; i < MUTANTS_PER_FRAME; i++) {
                byte[] m = mutate(b, random);
                Frame f = new Frame(m, m.length, 0, original.linkType(), original.linkTypeNumber(), original.number());
                Dissection k = kaitai.dissect(f);
                assertFalse(k.hasMalformation(KaitaiFamily.ADAPTER_FAILURE.id()), k.malformations() + " on " + hex(m));
                Dissection h = hand.dissect(f);
                String where = hand.dissect(original).protocols() + " mutant " + i + " " + hex(m);
                disagreements.addAll(Unexplained.of(where, h, k));
                mutants++;
            }
        }
        assertTrue(mutants > 1000, "mutants made: " + mutants);
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements, first ones:\n"
                + String.join("\n", disagreements.subList(0, Math.min(30, disagreements.size()))));
    }

    /**
     * The first frame of each protocol stack seen in the captures (eth:ip:tcp,
     * eth:ipv6:icmpv6, ...), and the synthetic frames of the kinds the captures lack.
     */
    public static List<Frame> onePerKind() throws IOException {
        Map<String, Frame> kinds = new LinkedHashMap<>(SyntheticFrames.all());
        HandFamily hand = new HandFamily();
        for (Path file : KaitaiFamilyAgreesWithHandTest.captures()) {
            if (file.getFileName().toString().startsWith("05") || file.getFileName().toString().startsWith("11")) {
                continue; // the long downloads hold nothing the others lack
            }
            for (Frame f : CaptureReader.readAll(file)) {
                Dissection d = hand.dissect(f);
                String key = d.protocols() + (d.has("tcp") && d.layer("tcp").length() > 20 ? "+opts" : "");
                kinds.putIfAbsent(key, f);
            }
        }
        return new ArrayList<>(kinds.values());
    }

    private static byte[] mutate(byte[] b, SplittableRandom r) {
        byte[] m = Arrays.copyOf(b, b.length);
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits; e++) {
            // mostly in the headers, where the structure is
            int at = r.nextInt(Math.min(m.length, 14 + 40 + 40 + 40));
            switch (r.nextInt(4)) {
                case 0 -> m[at] = (byte) r.nextInt(256);
                case 1 -> m[at] ^= (byte) (1 << r.nextInt(8));
                case 2 -> m[at] = (byte) (r.nextBoolean() ? 0 : 0xff);
                default -> m[at] = (byte) (m[at] + 1);
            }
        }
        if (r.nextInt(4) == 0) {
            m = Arrays.copyOf(m, r.nextInt(m.length + 1));
        }
        return m;
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02x", x));
        }
        return s.toString();
    }
}
