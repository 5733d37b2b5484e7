package dev.wirecheck.parsers.hand;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.oracle.Captures;
import dev.wirecheck.properties.FrameGens;
import dev.wirecheck.properties.Source;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Malformation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Dissector#structureOnly()} reads the same layers and fields as the full dissector and
 * reports nothing: it differs only in not recording malformations (and so not summing checksums).
 */
class DissectorStructureOnlyTest {
    private final Dissector full = new Dissector();
    private final Dissector structure = Dissector.structureOnly();

    @Test
    void sameLayersAndFieldsOnEveryCapturedFrame() throws IOException {
        int frames = 0;
        for (Path file : Captures.all()) {
            for (Frame f : CaptureReader.readAll(file)) {
                assertSameStructure(f, file + " frame " + f.number());
                frames++;
            }
        }
        assertTrue(frames > 10_000, "frames: " + frames);
    }

    /** Generated frames of every protocol, whole and with one byte changed (bad checksums, odd lengths, …). */
    @Test
    void sameLayersAndFieldsOnGeneratedAndMutatedFrames() {
        SplittableRandom random = new SplittableRandom(9);
        int malformed = 0;
        for (int i = 0; i < 2000; i++) {
            Frame f = FrameGens.any().generate(Source.random(i)).frame();
            assertSameStructure(f, "generated " + i);
            byte[] b = f.data().clone();
            int at = random.nextInt(b.length);
            b[at] ^= (byte) (1 + random.nextInt(255));
            Frame mutated = new Frame(b, b.length, f.timestampNanos(), f.linkType(), f.linkTypeNumber(), f.number());
            malformed += full.dissect(mutated).malformed() ? 1 : 0;
            assertSameStructure(mutated, "generated " + i + " with byte " + at + " changed");
        }
        assertTrue(malformed > 500, "mutations the full dissector reports: " + malformed);
    }

    /** A TCP segment whose checksum is off by one: the full dissector says so (RFC 9293 §3.1), structureOnly reads it alike. */
    @Test
    void aBadChecksumIsNotReportedButTheSegmentIsRead() {
        Frame good = FrameGens.byProtocol().get("tcp").generate(Source.random(1)).frame();
        byte[] b = good.data().clone();
        int checksumAt = full.dissect(good).tcp().offset() + Tcp.CHECKSUM;
        b[checksumAt + 1] ^= 1;
        Frame bad = new Frame(b, b.length, 0, good.linkType(), good.linkTypeNumber(), 1);
        assertTrue(full.dissect(bad).problems().has(Tcp.BAD_CHECKSUM_VALUE), full.dissect(bad).problems().toString());
        DecodedFrame read = structure.dissect(bad);
        assertTrue(read.has(DecodedFrame.Kind.TCP));
        assertEquals(0, read.problems().size());
        assertSameStructure(bad, "bad checksum");
    }

    private void assertSameStructure(Frame f, String what) {
        Dissection expected = full.dissect(f).toDissection();
        Dissection actual = structure.dissect(f).toDissection();
        assertEquals(expected.layers(), actual.layers(), what);
        assertEquals(java.util.List.<Malformation>of(), actual.malformations(), what);
    }
}
