package dev.wirecheck.parsers.hand;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.oracle.Captures;
import dev.wirecheck.properties.FrameGens;
import dev.wirecheck.properties.Source;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dissector's hot path allocates nothing once warmed up (DESIGN.md: zero-copy views,
 * one reusable {@link DecodedFrame}): over every well-formed frame of the device captures
 * and a few thousand generated frames of every protocol, the bytes this thread allocates
 * while dissecting are counted by the JVM ({@code ThreadMXBean#getCurrentThreadAllocatedBytes})
 * and must be exactly 0 in a whole round over them. A count of bytes, not a timing.
 *
 * <p>Left out: malformed frames only (reporting a malformation allocates its record and
 * message by design). ICMP errors that quote a datagram are in: the quote is cut short on
 * purpose and read with {@code Problems.IGNORE}, and the views build no message string for
 * a defect nobody keeps ({@code Problems.enabled()}); before that guard such frames
 * allocated 72 to 144 bytes each.
 */
class DissectorAllocatesNothingTest {
    private static final int WARM_UP_DISSECTIONS = 300_000;
    /**
     * Rounds over all frames, until one allocates nothing. A frame that allocates does so
     * in every round; a one-off event of the JVM in this thread (a recompilation, a lazy
     * link) shows in one round only, so needing one clean round keeps the test exact
     * without making it flaky.
     */
    private static final int MEASURED_ROUNDS = 10;

    @Test
    void dissectingWellFormedFramesAllocatesZeroBytesOnceWarm() throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported(), "this JVM cannot count allocated bytes per thread");
        threads.setThreadAllocatedMemoryEnabled(true);

        Dissector dissector = new Dissector();
        Frame[] frames = wellFormedFrames(dissector);
        assertTrue(frames.length > 10_000, "frames: " + frames.length);

        long sink = 0;
        for (int i = 0; i < WARM_UP_DISSECTIONS; i++) {
            sink += dissector.dissect(frames[i % frames.length]).layerCount();
        }
        long baseline = measureNothing(threads);
        List<Long> rounds = new ArrayList<>();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (Frame f : frames) {
                sink += dissector.dissect(f).layerCount();
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before - baseline;
            rounds.add(allocated);
            if (allocated == 0) {
                break;
            }
        }
        assertTrue(sink > 0);
        assertEquals(0L, rounds.get(rounds.size() - 1), "bytes allocated per round of " + frames.length
                + " dissections: " + rounds);
    }

    /** What two back-to-back readings of the counter differ by (the reading's own cost, if any). */
    private static long measureNothing(com.sun.management.ThreadMXBean threads) {
        long a = threads.getCurrentThreadAllocatedBytes();
        return threads.getCurrentThreadAllocatedBytes() - a;
    }

    private static Frame[] wellFormedFrames(Dissector dissector) throws IOException {
        List<Frame> out = new ArrayList<>();
        for (Path file : Captures.deviceCaptures()) {
            for (Frame f : CaptureReader.readAll(file)) {
                if (wellFormed(dissector.dissect(f))) {
                    out.add(f);
                }
            }
        }
        for (int i = 0; i < 3000; i++) {
            Frame f = FrameGens.any().generate(Source.random(i)).frame();
            if (wellFormed(dissector.dissect(f))) {
                out.add(f);
            }
        }
        return out.toArray(new Frame[0]);
    }

    private static boolean wellFormed(DecodedFrame d) {
        return !d.malformed();
    }
}
