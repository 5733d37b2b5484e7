package dev.wirecheck.check;

import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.rules.Catalogue;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.stack.ReferenceStack;
import dev.wirecheck.stack.tcp.TcpStateLog;
import dev.wirecheck.wire.Frame;

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
        WalkedFrames walked = new WalkedFrames(options.keepAllFrames());
        Engine engine = run(frames, dut, rules, options.deadlineNanos(), progress, walked::add);
        List<Verdict> verdicts = engine.verdicts();
        TcpStateLog tcp = engine.stack().tcpStates();
        List<FrameRecord> kept = walked.complete() ? records(walked, dut, tcp)
                : namedFrames(frames, dut, engine.referencedFrames(), tcp);
        return new CheckResult(name, dut.identity(), options.deadlineNanos(), engine.frames(), kept,
                rules.stream().map(ConformanceRule::info).toList(), verdicts);
    }

    /** The walk itself, without the survey and the report frames (what the benchmark times). */
    public static Engine run(FrameSource frames, DutProfile dut, List<ConformanceRule> rules, long deadline,
                             LongConsumer progress) throws IOException {
        return run(frames, dut, rules, deadline, progress, (f, fromDut) -> { });
    }

    /** The walk, telling {@code seen} of each frame and whether the DUT sent it. */
    private static Engine run(FrameSource frames, DutProfile dut, List<ConformanceRule> rules, long deadline,
                              LongConsumer progress, FrameSeen seen) throws IOException {
        Engine engine = new Engine(rules, new ReferenceStack(dut.mac(), dut.addresses(), dut.bootObserved()), deadline);
        frames.forEach(f -> {
            seen.accept(f, engine.accept(f));
            if (engine.frames() % 100_000 == 0) {
                progress.accept(engine.frames());
            }
        });
        engine.finish();
        return engine;
    }

    private interface FrameSeen {
        void accept(Frame frame, boolean fromDut);
    }

    /** Every frame of the walk, summarized only when a report asks. */
    private static List<FrameRecord> records(WalkedFrames walked, DutProfile dut, TcpStateLog tcp) {
        List<FrameRecord> out = new ArrayList<>(walked.size());
        for (int i = 0; i < walked.size(); i++) {
            out.add(record(walked.frame(i), walked.fromDut(i), dut, tcp));
        }
        return out;
    }

    /** The frames verdicts name, from a walk of their own (the capture was too long to keep every frame). */
    private static List<FrameRecord> namedFrames(FrameSource frames, DutProfile dut, TreeSet<Long> named,
                                                 TcpStateLog tcp) throws IOException {
        List<FrameRecord> out = new ArrayList<>();
        // the named frames as a sorted array: looked up for every frame of the capture, without boxing
        long[] wanted = named.stream().mapToLong(Long::longValue).toArray();
        // the sides need layers and addresses, not malformations: no checksum summed again
        // (DissectorStructureOnlyTest: the same layers and fields as the full dissector)
        Dissector d = Dissector.structureOnly();
        Engine sides = new Engine(List.of(), new ReferenceStack(dut.mac(), dut.addresses(), false), 1);
        frames.forEach(f -> {
            if (java.util.Arrays.binarySearch(wanted, f.number()) >= 0) {
                out.add(record(f, sides.fromDut(d.dissect(f)), dut, tcp));
            }
        });
        return out;
    }

    private static FrameRecord record(Frame f, boolean fromDut, DutProfile dut, TcpStateLog tcp) {
        Side side = fromDut ? Side.DUT : dut.mac() < 0 && dut.addresses().isEmpty() ? Side.UNKNOWN : Side.PEER;
        // without a known DUT the tracker cannot tell whose state is whose: no TCP state then
        return FrameRecord.summarizedWhenAsked(f, side, side == Side.UNKNOWN ? null : tcp.at(f.number()));
    }
}
