package dev.wirecheck.check;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.wire.Frame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Frames that can be walked more than once: a capture file (re-read each time) or a list. */
@FunctionalInterface
public interface FrameSource {
    void forEach(Consumer<Frame> action) throws IOException;

    static FrameSource of(Path capture) {
        return action -> CaptureReader.forEach(capture, action);
    }

    static FrameSource of(List<Frame> frames) {
        return frames::forEach;
    }
}
