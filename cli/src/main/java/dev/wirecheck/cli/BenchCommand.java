package dev.wirecheck.cli;

import dev.wirecheck.bench.BenchInput;
import dev.wirecheck.bench.BenchRunner;
import dev.wirecheck.bench.BenchStage;
import dev.wirecheck.bench.BenchStages;
import dev.wirecheck.bench.SyntheticCapture;
import dev.wirecheck.bench.TsharkBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code wirecheck bench}: frames/s and MB/s of each stage (capture reading, the hand-written
 * dissector, the Kaitai family, pcap4j's packet factory…) on one input, in one run, with
 * ratios against pcap4j, and tshark's frames/s on the same frames when it is installed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure frames/s of wirecheck's stages against pcap4j, Kaitai and tshark in one run.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CAPTURE",
            description = "pcap or pcapng file to measure on (default: a synthetic mix built in memory)")
    Path capture;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "1000000",
            description = "frames in the synthetic capture (default: ${DEFAULT-VALUE})")
    int frames;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "3",
            description = "measuring time per stage, in CPU seconds (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "2",
            description = "warm-up per stage before measuring, in CPU seconds (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--max-warmup", paramLabel = "S", defaultValue = "30",
            description = "after --warmup, keep warming a stage until the JIT is quiet, for at most this many CPU"
                    + " seconds in all (default: ${DEFAULT-VALUE})")
    double maxWarmup;

    @Option(names = "--tshark-frames", paramLabel = "N", defaultValue = "200000",
            description = "tshark reads this many frames from the start of the input (default: ${DEFAULT-VALUE})")
    int tsharkFrames;

    @Option(names = "--no-tshark", description = "do not run tshark")
    boolean noTshark;

    @Option(names = "--stages", split = ",", paramLabel = "NAME",
            description = "only these stages (default: all; the pcap4j baseline is always measured)")
    List<String> only;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (frames < 1 || seconds <= 0 || warmup < 0 || maxWarmup < 0 || tsharkFrames < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--frames and --tshark-frames must be at least 1, --seconds above 0, --warmup and --max-warmup not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<BenchStage> stages = stages();
        BenchInput input = capture == null ? SyntheticCapture.build(frames) : BenchInput.read(capture);
        out.printf(Locale.ROOT, "wirecheck bench: %s, %.1f MB of frames; %.1f CPU-s per stage after at least %.1f CPU-s warm-up"
                + " (more until the JIT is quiet, at most %.0f), one thread%n",
                input.name(), input.bytes(0, input.size()) / 1e6, seconds, warmup, Math.max(warmup, maxWarmup));
        out.println("measured in one run on this machine, alongside whatever else it runs. Rates are per second of CPU");
        out.println("time (the stage's thread plus the garbage collector; tshark: user+system), so the load of other");
        out.println("programs does not distort them; 'wall' is frames per wall-clock second. MB/s counts frame bytes.");
        out.println();
        List<BenchRunner.Result> results = new ArrayList<>();
        for (BenchStage s : stages) {
            results.add(BenchRunner.measure(s, input, warmup, seconds, maxWarmup));
        }
        String tsharkNote = null;
        if (!noTshark) {
            Path tshark = TsharkBench.find();
            if (tshark == null) {
                tsharkNote = "tshark: not installed (Debian package tshark), no outside reference";
            } else {
                results.addAll(TsharkBench.measure(tshark, input, tsharkFrames));
            }
        }
        print(out, results);
        if (tsharkNote != null) {
            out.println(tsharkNote);
        }
        out.flush();
        return Main.OK;
    }

    private List<BenchStage> stages() {
        List<BenchStage> all = BenchStages.standard();
        if (only == null) {
            return all;
        }
        List<BenchStage> out = new ArrayList<>();
        for (BenchStage s : all) {
            if (only.contains(s.name()) || s.name().equals(BenchStages.BASELINE)) {
                out.add(s);
            }
        }
        for (String name : only) {
            if (all.stream().noneMatch(s -> s.name().equals(name))) {
                throw new ParameterException(spec.commandLine(), "no bench stage '" + name + "' (known: "
                        + String.join(", ", all.stream().map(BenchStage::name).toList()) + ")");
            }
        }
        return out;
    }

    private static void print(PrintWriter out, List<BenchRunner.Result> results) {
        double baseline = results.stream().filter(r -> r.stage().equals(BenchStages.BASELINE)).findFirst()
                .map(BenchRunner.Result::framesPerSecond).orElseThrow();
        out.printf(Locale.ROOT, "%-18s %14s %11s %10s %14s %9s  %s%n", "stage", "frames/s", "MB/s", "vs " + BenchStages.BASELINE,
                "wall frames/s", "warm-up s", "what");
        for (BenchRunner.Result r : results) {
            out.printf(Locale.ROOT, "%-18s %,14.0f %,11.1f %9.2fx %,14.0f %9.1f  %s%n", r.stage(), r.framesPerSecond(),
                    r.megabytesPerSecond(), r.framesPerSecond() / baseline, r.wallFramesPerSecond(), r.warmupSeconds(),
                    r.what());
        }
    }
}
