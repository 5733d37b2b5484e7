package dev.wirecheck.check;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.rules.Catalogue;
import dev.wirecheck.wire.Frame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A quick throughput measurement of the check engine (not a test: timings never decide a
 * test). Repeats a real capture, shifted in time, to about a million frames and times the
 * engine walk alone and the whole check. Run:
 * {@code java -cp <test classpath> dev.wirecheck.check.CheckThroughput ../shared/captures/lwip/05-http-download.pcap 02:00:00:00:00:01}
 */
public final class CheckThroughput {
    public static void main(String[] args) throws Exception {
        List<Frame> one = CaptureReader.readAll(Path.of(args[0]));
        long span = one.get(one.size() - 1).timestampNanos() - one.get(0).timestampNanos() + 130_000_000_000L; // past the 2-minute MSL of RFC6864-4.3-id-unique
        List<Frame> frames = new ArrayList<>();
        for (int rep = 0; frames.size() < 1_000_000; rep++) {
            for (Frame f : one) {
                frames.add(new Frame(f.data(), f.originalLength(), f.timestampNanos() + rep * span, f.linkType(),
                        f.linkTypeNumber(), frames.size() + 1));
            }
        }
        FrameSource source = FrameSource.of(frames);
        DutProfile dut = DutSurvey.survey(source, args[1], null);
        // CPU time of this thread: the machine may be shared, wall-clock time would measure the neighbours
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            dev.wirecheck.parsers.hand.Dissector d = new dev.wirecheck.parsers.hand.Dissector();
            long c0 = cpu.getCurrentThreadCpuTime();
            long layers = 0;
            for (Frame f : frames) {
                layers += d.dissect(f).layerCount();
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            Engine e = Checker.run(source, dut, Catalogue.newRules(), CheckOptions.DEFAULT_DEADLINE, n -> { });
            long c2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("dissect only: %,.0f frames/s (%d layers); engine (dissect + %d rules): %,.0f frames/s, "
                    + "%d verdicts%n", frames.size() / ((c1 - c0) / 1e9), layers, Catalogue.newRules().size(),
                    e.frames() / ((c2 - c1) / 1e9), e.verdicts().size());
        }
        long t0 = cpu.getCurrentThreadCpuTime();
        CheckResult r = Checker.check(Path.of("synthetic"), source, CheckOptions.defaults().withDut(args[1], null), n -> { });
        long t1 = cpu.getCurrentThreadCpuTime();
        System.out.printf("whole check (survey + engine + kept frames): %,d frames in %.3f s = %,.0f frames/s%n",
                r.framesTotal(), (t1 - t0) / 1e9, r.framesTotal() / ((t1 - t0) / 1e9));
    }
}
