package dev.wirecheck.check;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.wire.Frame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Frames that can be walked more than once: a list, or a capture file (read once and kept when
 * small, else read again for each walk).
 */
@FunctionalInterface
public interface FrameSource {
    /**
     * Captures up to this size are read once and kept for the check's walks (the DUT survey's one
     * or two, the rules', the report frames'); larger ones are read again for each walk, so memory
     * stays flat. Measured with {@code wirecheck bench} on captures of 1,024 frames: 0.45 M frames/s
     * reading every walk anew, 0.64 M reading once.
     */
    long KEEP_BYTES = 128L << 20;

    void forEach(Consumer<Frame> action) throws IOException;

    /** A capture file's frames, kept in memory after the first walk when the file is at most {@link #KEEP_BYTES}. */
    static FrameSource of(Path capture) {
        return keptIfSmall(action -> CaptureReader.forEach(capture, action), size(capture));
    }

    static FrameSource of(List<Frame> frames) {
        return frames::forEach;
    }

    /**
     * {@code reading}, which reads a capture of {@code captureBytes} on every walk, read only
     * once when the capture is small enough to keep ({@link #KEEP_BYTES}): the first walk reads
     * and keeps the frames, the later ones walk what was kept. A walk that throws keeps nothing.
     */
    static FrameSource keptIfSmall(FrameSource reading, long captureBytes) {
        if (captureBytes > KEEP_BYTES) {
            return reading;
        }
        return new FrameSource() {
            private List<Frame> kept;

            @Override
            public void forEach(Consumer<Frame> action) throws IOException {
                if (kept == null) {
                    List<Frame> frames = new ArrayList<>();
                    reading.forEach(f -> {
                        frames.add(f);
                        action.accept(f);
                    });
                    kept = frames; // only a whole walk is kept: after a throw the next walk reads again
                    return;
                }
                kept.forEach(action);
            }
        };
    }

    private static long size(Path capture) {
        try {
            return Files.size(capture);
        } catch (IOException e) {
            // unreadable now: stream it, so the walk itself reports why
            return Long.MAX_VALUE;
        }
    }
}
