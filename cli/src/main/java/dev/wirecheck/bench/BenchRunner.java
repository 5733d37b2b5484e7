package dev.wirecheck.bench;

import java.lang.management.ManagementFactory;

/**
 * Measures one stage: runs it for a warm-up time (results dropped, so the JIT has compiled
 * the hot path), then for the measuring time, in chunks of frames cycling through the
 * input, and counts frames and frame bytes done.
 *
 * <p>Time is the process's CPU time, not the wall clock: the stage runs on one thread, and
 * the CPU time also counts the garbage collector's work for allocating stages, while the
 * load of other programs on a shared machine (and pauses of the machine itself) does not
 * distort it. The wall time is kept too, for the record.
 */
public final class BenchRunner {
    static final int CHUNK = 1024;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Where every stage's result goes, so the JIT cannot prove the work useless. */
    private static volatile long sink;

    /** One stage's measurement: frames and frame bytes done in that much CPU and wall time. */
    public record Result(String stage, String what, long frames, long bytes, long cpuNanos, long wallNanos) {
        public double framesPerSecond() {
            return frames * 1e9 / cpuNanos;
        }

        public double megabytesPerSecond() {
            return bytes * 1e3 / cpuNanos;
        }

        public double wallFramesPerSecond() {
            return frames * 1e9 / wallNanos;
        }
    }

    private BenchRunner() {}

    public static Result measure(BenchStage stage, BenchInput input, double warmupSeconds, double seconds) {
        run(stage, input, warmupSeconds);
        return run(stage, input, seconds);
    }

    /** CPU time of this process so far, in nanoseconds. */
    static long processCpuNanos() {
        return OS.getProcessCpuTime();
    }

    private static Result run(BenchStage stage, BenchInput input, double seconds) {
        long budget = (long) (seconds * 1e9);
        long frames = 0;
        long bytes = 0;
        long local = 0;
        int at = 0;
        long cpuStart = processCpuNanos();
        long wallStart = System.nanoTime();
        long cpu;
        // at least one chunk, so that a zero warm-up or a tiny budget still yields a number
        do {
            int to = Math.min(input.size(), at + CHUNK);
            local += stage.work().run(input, at, to);
            frames += to - at;
            bytes += input.bytes(at, to);
            at = to == input.size() ? 0 : to;
            cpu = processCpuNanos() - cpuStart;
        } while (cpu < budget);
        long wall = System.nanoTime() - wallStart;
        sink += local;
        return new Result(stage.name(), stage.what(), frames, bytes, Math.max(1, cpu), Math.max(1, wall));
    }
}
