package dev.wirecheck.bench;

/**
 * Measures one stage: runs it for a warm-up time (results dropped, so the JIT has
 * compiled the hot path), then for the measuring time, in chunks of frames cycling
 * through the input, and counts frames and frame bytes done. Wall-clock time on one
 * thread; the machine's other load shows in the numbers.
 */
public final class BenchRunner {
    static final int CHUNK = 1024;

    /** Where every stage's result goes, so the JIT cannot prove the work useless. */
    private static volatile long sink;

    /** One stage's measurement. */
    public record Result(String stage, String what, long frames, long bytes, long nanos) {
        public double framesPerSecond() {
            return frames * 1e9 / nanos;
        }

        public double megabytesPerSecond() {
            return bytes * 1e3 / nanos;
        }
    }

    private BenchRunner() {}

    public static Result measure(BenchStage stage, BenchInput input, double warmupSeconds, double seconds) {
        run(stage, input, warmupSeconds);
        return run(stage, input, seconds);
    }

    private static Result run(BenchStage stage, BenchInput input, double seconds) {
        long budget = (long) (seconds * 1e9);
        long frames = 0;
        long bytes = 0;
        long local = 0;
        int at = 0;
        long start = System.nanoTime();
        long elapsed = 0;
        // at least one chunk, so that a zero warm-up or a tiny budget still yields a number
        do {
            int to = Math.min(input.size(), at + CHUNK);
            local += stage.work().run(input, at, to);
            frames += to - at;
            bytes += input.bytes(at, to);
            at = to == input.size() ? 0 : to;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        sink += local;
        return new Result(stage.name(), stage.what(), frames, bytes, Math.max(1, elapsed));
    }
}
