package dev.wirecheck.fuzz;

import dev.wirecheck.wire.Frame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a capture into runs of consecutive frames, each written as a pcap file, for the targets
 * that read whole captures ({@link SeedSource#CAPTURE_RUN}): a conformance rule needs a request
 * and its answer together, which one-frame seeds never show it.
 */
final class CaptureRuns {
    /** Frames per run at most: an exchange (request, answer, a retransmission) fits. */
    static final int FRAMES = 8;
    /** Bytes of a run's pcap file at most: well inside the fuzzer's inputs ({@link FuzzTarget#MAX_INPUT_BYTES}). */
    static final int BYTES = 6144;
    private static final int FILE_HEADER = 24, RECORD_HEADER = 16;

    /** Told of each run: its pcap bytes, the number of its first frame, and its frames' shapes. */
    interface Sink {
        void run(byte[] pcap, long firstFrame, String shapes) throws IOException;
    }

    private final Sink sink;
    private final List<Frame> frames = new ArrayList<>();
    private final StringBuilder shapes = new StringBuilder();
    private int bytes = FILE_HEADER;

    CaptureRuns(Sink sink) {
        this.sink = sink;
    }

    /** The next frame of the capture, with its shape (for one-per-shape imports). */
    void add(Frame f, String shape) throws IOException {
        int size = RECORD_HEADER + f.length();
        if (!frames.isEmpty() && (frames.size() == FRAMES || bytes + size > BYTES
                || f.linkTypeNumber() != frames.get(0).linkTypeNumber())) {
            flush();
        }
        if (FILE_HEADER + size > BYTES) {
            return; // longer than any run: the one-frame seeds of the other targets have it
        }
        frames.add(f);
        bytes += size;
        shapes.append(shape).append(';');
    }

    /** Ends the current run (at the end of the capture). */
    void flush() throws IOException {
        if (frames.isEmpty()) {
            return;
        }
        sink.run(SeedSource.pcapOf(frames), frames.get(0).number(), shapes.toString());
        frames.clear();
        shapes.setLength(0);
        bytes = FILE_HEADER;
    }
}
