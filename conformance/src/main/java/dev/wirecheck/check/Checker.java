package dev.wirecheck.check;

import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.rules.Catalogue;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.stack.ReferenceStack;
import dev.wirecheck.stack.tcp.TcpStateLog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * {@code wirecheck check}: identifies the DUT, walks the capture through the {@link Engine}
 * with a fresh instance of every catalogue rule, and gathers the frames the reports show.
 */
public final class Checker {
    private Checker() {
    }

    public static CheckResult check(Path capture, CheckOptions options) throws IOException {
        return check(capture, FrameSource.of(capture), options, n -> { });
    }

    /**
     * @param progress told the number of frames checked so far, about every 100,000 frames
     */
    public static CheckResult check(Path name, FrameSource frames, CheckOptions options, LongConsumer progress)
            throws IOException {
        DutProfile dut = DutSurvey.survey(frames, options.dutMac(), options.dutIp());
        List<ConformanceRule> rules = Catalogue.newRules();
        Engine engine = run(frames, dut, rules, options.deadlineNanos(), progress);
        List<Verdict> verdicts = engine.verdicts();
        List<FrameRecord> kept = keptFrames(frames, dut, engine.frames() <= options.keepAllFrames(),
                engine.referencedFrames(), engine.stack().tcpStates());
        return new CheckResult(name, dut.identity(), options.deadlineNanos(), engine.frames(), kept,
                rules.stream().map(ConformanceRule::info).toList(), verdicts);
    }

    /** The walk itself, without the survey and the report frames (what the benchmark times). */
    public static Engine run(FrameSource frames, DutProfile dut, List<ConformanceRule> rules, long deadline,
                             LongConsumer progress) throws IOException {
        Engine engine = new Engine(rules, new ReferenceStack(dut.mac(), dut.addresses(), dut.bootObserved()), deadline);
        frames.forEach(f -> {
            engine.accept(f);
            if (engine.frames() % 100_000 == 0) {
                progress.accept(engine.frames());
            }
        });
        engine.finish();
        return engine;
    }

    private static List<FrameRecord> keptFrames(FrameSource frames, DutProfile dut, boolean all, TreeSet<Long> named,
                                                TcpStateLog tcp) throws IOException {
        List<FrameRecord> out = new ArrayList<>();
        // the named frames as a sorted array: looked up for every frame of the capture, without boxing
        long[] wanted = named.stream().mapToLong(Long::longValue).toArray();
        // the summaries and sides need layers and fields, not malformations: no checksum summed again
        // (DissectorStructureOnlyTest: the same layers and fields as the full dissector)
        Dissector d = Dissector.structureOnly();
        Engine sides = new Engine(List.of(), new ReferenceStack(dut.mac(), dut.addresses(), false), 1);
        frames.forEach(f -> {
            if (all || java.util.Arrays.binarySearch(wanted, f.number()) >= 0) {
                var decoded = d.dissect(f);
                Side side = sides.fromDut(decoded) ? Side.DUT : dut.mac() < 0 && dut.addresses().isEmpty()
                        ? Side.UNKNOWN : Side.PEER;
                // without a known DUT the tracker cannot tell whose state is whose: no TCP state then
                out.add(new FrameRecord(f.number(), f.timestampNanos(), side, f.data(), FrameSummary.of(decoded),
                        side == Side.UNKNOWN ? null : tcp.at(f.number())));
            }
        });
        return out;
    }
}
