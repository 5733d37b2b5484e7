package dev.wirecheck.bench;

import dev.wirecheck.wire.Frame;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One step measured by {@code wirecheck bench}: a name, a line saying what it measures,
 * and the work over a run of the input's frames. The work returns a number derived from
 * what it computed; the runner sums it into a sink, so the JIT cannot discard the work.
 * New stages (the conformance {@code check}, for instance) are one more entry in
 * {@link BenchStages#standard()}.
 *
 * @param chunk       frames per call of the work: the runner hands the stage runs of this many frames
 *                    (the check stage takes each run as one capture, so it is the size of the captures it checks)
 * @param takesFrames whether the work reads {@link Chunk#frames()}: the runner then copies the run's frames
 *                    out of the pcap image before each call, outside the measured time (see {@link Chunk})
 */
public record BenchStage(String name, String what, Work work, int chunk, boolean takesFrames) {
    /** Frames per call unless a stage says otherwise. */
    public static final int DEFAULT_CHUNK = 1024;

    /** A stage that works on frames, in runs of {@code chunk}. */
    public BenchStage(String name, String what, Work work, int chunk) {
        this(name, what, work, chunk, true);
    }

    public BenchStage(String name, String what, Work work) {
        this(name, what, work, DEFAULT_CHUNK);
    }

    /** Processes one run of the input. */
    @FunctionalInterface
    public interface Work {
        long run(Chunk chunk);
    }

    /**
     * Frames {@code from} (inclusive) to {@code to} (exclusive) of the input, and, for stages
     * that take frames, those frames freshly copied out of the input's pcap image just before
     * the call, the way a capture reader hands out each frame right after reading it.
     *
     * <p>Why fresh copies: a million frames built once and kept lie scattered over the heap. The
     * garbage collector moves them when it promotes them, in an order of its own, so frames that
     * follow each other in the capture end up far apart, and a stage that walks them pays a DRAM
     * miss at every frame's start that no prefetcher foresees. Measured on the same bytes: the
     * Internet checksum over every frame took 210 ns per frame on the kept, scattered frames and
     * 31 ns on the same frames laid out in capture order. That is a property of the bench's
     * storage, not of any parser; in {@code check}, the fuzzers and the differential, each frame
     * is dissected right after the reader copied it. Every stage gets the same fresh frames.
     */
    public record Chunk(BenchInput input, int from, int to, List<Frame> frames) {
        public int size() {
            return to - from;
        }
    }

    /** A stage that handles one frame at a time. */
    public static BenchStage perFrame(String name, String what, ToLongFunction<Frame> perFrame) {
        return new BenchStage(name, what, chunk -> {
            long sink = 0;
            for (Frame f : chunk.frames()) {
                sink += perFrame.applyAsLong(f);
            }
            return sink;
        });
    }
}
