package dev.wirecheck.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Measures one stage: runs it until it is warm (results dropped, so the JIT has compiled
 * the hot path), then for the measuring time, in chunks of frames cycling through the
 * input, and counts frames and frame bytes done.
 *
 * <p>Time is the process's CPU time, not the wall clock: the stage runs on one thread, and
 * the CPU time also counts the garbage collector's work for allocating stages, while the
 * load of other programs on a shared machine (and pauses of the machine itself) does not
 * distort it. The wall time is kept too, for the record.
 *
 * <p>"Warm" is not a fixed time. pcap4j's packet factory runs through a few hundred small
 * methods per frame; on a loaded two-core machine the JIT needs 3 to 10 CPU-seconds to
 * compile them all with C2, and until then pcap4j runs at about a thirteenth of its final
 * speed (80k instead of 1.1M frames/s), which a fixed two-second warm-up mistook for its rate.
 * So after the minimum warm-up the stage keeps running, in windows, until the JIT has been
 * quiet for {@value #QUIET_WINDOWS} windows in a row, or the maximum warm-up is spent.
 *
 * <p>A quiet window also needs the stage's thread to have spent under the same share in the
 * kernel. The first stage that allocates much fills a young generation of gigabytes that the
 * process never used; each new 4 KiB page costs a fault, and on a virtual machine whose memory
 * the host has not backed yet about 10 µs of page clearing. Measured on this project's machine:
 * the read stage ran at 0.45 M frames/s while those faults lasted (0.2 per frame, almost all
 * kernel time) and at 10.5 M afterwards; five runs of the same command gave 0.5 to 10.9 M.
 */
public final class BenchRunner {
    /** Warm-up window, in CPU nanoseconds. */
    static final long WINDOW_NANOS = 500_000_000L;
    /** Consecutive windows with almost no JIT compilation that make a stage warm. */
    static final int QUIET_WINDOWS = 3;
    /** A window is quiet when the JIT compiled for less than this share of it. */
    static final double QUIET_SHARE = 0.05;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Where every stage's result goes, so the JIT cannot prove the work useless. */
    private static volatile long sink;

    /**
     * One stage's measurement: frames and frame bytes done in that much CPU and wall time,
     * after {@code warmupCpuNanos} of warm-up.
     */
    public record Result(String stage, String what, long frames, long bytes, long cpuNanos, long wallNanos,
                         long warmupCpuNanos) {
        public double framesPerSecond() {
            return frames * 1e9 / cpuNanos;
        }

        public double megabytesPerSecond() {
            return bytes * 1e3 / cpuNanos;
        }

        public double wallFramesPerSecond() {
            return frames * 1e9 / wallNanos;
        }

        public double warmupSeconds() {
            return warmupCpuNanos / 1e9;
        }
    }

    private BenchRunner() {}

    /**
     * Warms the stage up for at least {@code warmupSeconds} and then until the JIT is quiet
     * (at most {@code maxWarmupSeconds}; no warm-up at all when {@code warmupSeconds} is 0),
     * then measures it for {@code seconds} of CPU time.
     */
    public static Result measure(BenchStage stage, BenchInput input, double warmupSeconds, double seconds,
                                 double maxWarmupSeconds) {
        long warmup = warmupSeconds <= 0 ? 0 : warmUp(stage, input, (long) (warmupSeconds * 1e9),
                (long) (Math.max(warmupSeconds, maxWarmupSeconds) * 1e9));
        Result r = run(stage, input, seconds);
        return new Result(r.stage(), r.what(), r.frames(), r.bytes(), r.cpuNanos(), r.wallNanos(), warmup);
    }

    /** Runs the stage until warm; returns the CPU nanoseconds spent. */
    private static long warmUp(BenchStage stage, BenchInput input, long minNanos, long maxNanos) {
        long start = processCpuNanos();
        int quiet = 0;
        long spent;
        do {
            long jitBefore = jitMillis();
            long kernelBefore = threadKernelNanos();
            long threadBefore = THREADS.getCurrentThreadCpuTime();
            Result window = run(stage, input, Math.min(WINDOW_NANOS, minNanos) / 1e9);
            long jitNanos = (jitMillis() - jitBefore) * 1_000_000L;
            long kernelNanos = threadKernelNanos() - kernelBefore;
            long threadNanos = THREADS.getCurrentThreadCpuTime() - threadBefore;
            boolean jitQuiet = jitNanos < QUIET_SHARE * window.cpuNanos();
            boolean kernelQuiet = kernelNanos < QUIET_SHARE * threadNanos;
            quiet = jitQuiet && kernelQuiet ? quiet + 1 : 0;
            spent = processCpuNanos() - start;
        } while (spent < maxNanos && (spent < minNanos || quiet < QUIET_WINDOWS));
        return spent;
    }

    /**
     * Kernel time of this thread so far: on a machine that has not used its memory yet, the page
     * faults of a heap growing into it (pages cleared by the kernel, first touched by the host).
     */
    private static long threadKernelNanos() {
        return THREADS.getCurrentThreadCpuTime() - THREADS.getCurrentThreadUserTime();
    }

    /** Milliseconds the JIT compilers have spent so far (0 forever when the JVM does not say). */
    private static long jitMillis() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
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
        long copyingCpu = 0;
        long copyingWall = 0;
        long cpuStart = processCpuNanos();
        long wallStart = System.nanoTime();
        long cpu;
        // at least one chunk, so that a zero warm-up or a tiny budget still yields a number
        do {
            int to = Math.min(input.size(), at + stage.chunk());
            BenchStage.Chunk chunk;
            if (stage.takesFrames()) {
                // the copies stand for the reader's work, which the read stage measures on its
                // own: their time is taken out, by this thread's clock (the copying is its work)
                long copyCpu = THREADS.getCurrentThreadCpuTime();
                long copyWall = System.nanoTime();
                chunk = new BenchStage.Chunk(input, at, to, input.freshFrames(at, to));
                copyingWall += System.nanoTime() - copyWall;
                copyingCpu += THREADS.getCurrentThreadCpuTime() - copyCpu;
            } else {
                chunk = new BenchStage.Chunk(input, at, to, List.of());
            }
            local += stage.work().run(chunk);
            frames += to - at;
            bytes += input.bytes(at, to);
            at = to == input.size() ? 0 : to;
            cpu = processCpuNanos() - cpuStart - copyingCpu;
        } while (cpu < budget);
        long wall = System.nanoTime() - wallStart - copyingWall;
        sink += local;
        return new Result(stage.name(), stage.what(), frames, bytes, Math.max(1, cpu), Math.max(1, wall), 0);
    }
}
