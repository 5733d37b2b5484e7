package dev.wirecheck.bench;

import dev.wirecheck.wire.Frame;

import java.util.function.ToLongFunction;

/**
 * One step measured by {@code wirecheck bench}: a name, a line saying what it measures,
 * and the work over a run of the input's frames. The work returns a number derived from
 * what it computed; the runner sums it into a sink, so the JIT cannot discard the work.
 * New stages (the conformance {@code check}, for instance) are one more entry in
 * {@link BenchStages#standard()}.
 *
 * @param chunk frames per call of the work: the runner hands the stage runs of this many frames
 *              (the check stage takes each run as one capture, so it is the size of the captures it checks)
 */
public record BenchStage(String name, String what, Work work, int chunk) {
    /** Frames per call unless a stage says otherwise. */
    public static final int DEFAULT_CHUNK = 1024;

    public BenchStage(String name, String what, Work work) {
        this(name, what, work, DEFAULT_CHUNK);
    }

    /** Processes frames {@code from} (inclusive) to {@code to} (exclusive) of the input. */
    @FunctionalInterface
    public interface Work {
        long run(BenchInput input, int from, int to);
    }

    /** A stage that handles one frame at a time. */
    public static BenchStage perFrame(String name, String what, ToLongFunction<Frame> perFrame) {
        return new BenchStage(name, what, (input, from, to) -> {
            long sink = 0;
            for (int i = from; i < to; i++) {
                sink += perFrame.applyAsLong(input.frames().get(i));
            }
            return sink;
        });
    }
}
