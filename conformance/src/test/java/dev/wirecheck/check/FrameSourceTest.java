package dev.wirecheck.check;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.vectors.RfcVectors;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check walks a capture three times; a small one is read once and kept, a large one read each time. */
class FrameSourceTest {
    private static final Path CAPTURE = RfcVectors.root().resolve("../shared/captures/lwip/04-http-small.pcap").normalize();

    private int reads;

    /** Reads the capture on every walk, counting the reads. */
    private FrameSource counting() {
        return action -> {
            reads++;
            CaptureReader.forEach(CAPTURE, action);
        };
    }

    private static List<Frame> walk(FrameSource source) throws IOException {
        List<Frame> out = new ArrayList<>();
        source.forEach(out::add);
        return out;
    }

    @Test
    void aSmallCaptureIsReadOnceAndEveryWalkSeesAllItsFrames() throws IOException {
        List<Frame> expected = CaptureReader.readAll(CAPTURE);
        assertTrue(expected.size() >= 10, expected.size() + " frames");
        FrameSource source = FrameSource.keptIfSmall(counting(), Files.size(CAPTURE));
        for (int walk = 0; walk < 3; walk++) {
            assertEquals(expected, walk(source), "walk " + walk);
        }
        assertEquals(1, reads);
    }

    @Test
    void aCaptureLargerThanTheLimitIsReadOnEveryWalk() throws IOException {
        List<Frame> expected = CaptureReader.readAll(CAPTURE);
        FrameSource source = FrameSource.keptIfSmall(counting(), FrameSource.KEEP_BYTES + 1);
        for (int walk = 0; walk < 3; walk++) {
            assertEquals(expected, walk(source), "walk " + walk);
        }
        assertEquals(3, reads);
    }

    /** A walk cut short keeps nothing: the next walk reads the capture again, whole. */
    @Test
    void aWalkThatThrowsIsNotKept() throws IOException {
        FrameSource source = FrameSource.keptIfSmall(counting(), Files.size(CAPTURE));
        assertThrows(IllegalStateException.class, () -> source.forEach(f -> {
            if (f.number() == 3) {
                throw new IllegalStateException("stop");
            }
        }));
        assertEquals(CaptureReader.readAll(CAPTURE), walk(source));
        assertEquals(walk(source).size(), CaptureReader.readAll(CAPTURE).size());
        assertEquals(2, reads);
    }

    @Test
    void aCaptureFileWalksTheSameEveryTime() throws IOException {
        FrameSource source = FrameSource.of(CAPTURE);
        List<Frame> first = walk(source);
        assertEquals(CaptureReader.readAll(CAPTURE), first);
        assertEquals(first, walk(source));
    }
}
