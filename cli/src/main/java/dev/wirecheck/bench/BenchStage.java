package dev.wirecheck.bench;

import dev.wirecheck.wire.Frame;

import java.util.function.ToLongFunction;

/**
 * One step measured by {@code wirecheck bench}: a name, a line saying what it measures,
 * and the work over a run of the input's frames. The work returns a number derived from
 * what it computed; the runner sums it into a sink, so the JIT cannot discard the work.
 * New stages (the conformance {@code check}, for instance) are one more entry in
 * {@link BenchStages#standard()}.
 */
public record BenchStage(String name, String what, Work work) {

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
