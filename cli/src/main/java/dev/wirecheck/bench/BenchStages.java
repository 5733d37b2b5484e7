package dev.wirecheck.bench;

import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Checker;
import dev.wirecheck.check.FrameSource;
import java.nio.file.Path;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.HandFamily;
import dev.wirecheck.parsers.kaitai.KaitaiFamily;
import dev.wirecheck.parsers.pcap4j.Pcap4jFamily;
import dev.wirecheck.wire.Frame;
import org.pcap4j.packet.EthernetPacket;
import org.pcap4j.packet.IllegalRawDataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The stages {@code wirecheck bench} measures, in the order it prints them. */
public final class BenchStages {
    /** The stage the others are compared with. */
    public static final String BASELINE = "pcap4j";
    /**
     * Frames per capture of the {@code check} stage: a large capture, as the throughput target
     * means it (reports keep only the frames verdicts name).
     */
    static final int CHECK_CAPTURE = 100_000;
    /**
     * Frames per capture of {@code check-small}: below {@link CheckOptions#DEFAULT_KEEP}, so
     * every frame is also kept for the reports, as for the device captures (its one-line summary is
     * written only when a report shows it, which this stage, like {@code check} without a report
     * option, does not).
     */
    static final int SMALL_CAPTURE = 1024;

    private BenchStages() {}

    public static List<BenchStage> standard() {
        KaitaiFamily kaitai = new KaitaiFamily();
        Pcap4jFamily pcap4j = new Pcap4jFamily();
        return List.of(
                new BenchStage("read", "capture reading: pcap bytes to frames (CaptureReader)", BenchStages::read,
                        BenchStage.DEFAULT_CHUNK, false),
                hand(),
                handStructure(),
                handDissection(),
                BenchStage.perFrame("kaitai", "Kaitai family: generated parsers to Dissection",
                        f -> kaitai.dissect(f).layers().size()),
                BenchStage.perFrame(BASELINE, "pcap4j's packet factory: EthernetPacket.newPacket",
                        BenchStages::pcap4jFactory),
                BenchStage.perFrame("pcap4j-checksums", "pcap4j's packet factory, then every checksum hand verifies"
                        + " (hasValidChecksum)", BenchStages::pcap4jChecksums),
                BenchStage.perFrame("pcap4j-family", "pcap4j family: packet factory plus adapter to Dissection",
                        f -> pcap4j.dissect(f).layers().size()),
                new BenchStage("check", "conformance check of captures of " + CHECK_CAPTURE / 1000
                        + "k frames: DUT survey, reference stack, every rule (Checker)", BenchStages::check, CHECK_CAPTURE, false),
                new BenchStage("check-small", "the same on captures of " + SMALL_CAPTURE
                        + " frames, every frame also kept for the reports", BenchStages::check, SMALL_CAPTURE, false));
    }

    /**
     * The whole {@code check} of the frames as one capture, as the command runs it on a file
     * (survey, walk, verdicts, report frames): the run's records of the pcap image in memory are
     * read as from a file in the page cache, once and kept or once per walk by the command's own
     * rule ({@link FrameSource#keptIfSmall}).
     */
    private static long check(BenchStage.Chunk chunk) {
        BenchInput input = chunk.input();
        FrameSource records = FrameSource.keptIfSmall(action -> {
            try (CaptureReader r = CaptureReader.open(input.records(chunk.from(), chunk.to()), input.name())) {
                for (Frame f; (f = r.next()) != null; ) {
                    action.accept(f);
                }
            }
        }, input.bytes(chunk.from(), chunk.to()));
        try {
            CheckResult r = Checker.check(Path.of(input.name()), records,
                    CheckOptions.defaults(), n -> { });
            return r.framesTotal() + r.verdicts().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zero-copy hand-written dissector: views over the frame, nothing named. */
    private static BenchStage hand() {
        Dissector dissector = new Dissector();
        return BenchStage.perFrame("hand", "hand-written dissector: views over the frame (Dissector)",
                f -> dissector.dissect(f).layerCount());
    }

    /**
     * The dissector that records no malformation and so sums no checksum, as the DUT survey
     * uses it: what reading the layers costs apart from verifying checksums.
     */
    private static BenchStage handStructure() {
        Dissector dissector = Dissector.structureOnly();
        return BenchStage.perFrame("hand-structure", "the same, no malformations so no checksum summed"
                + " (Dissector.structureOnly)", f -> dissector.dissect(f).layerCount());
    }

    /** The same, then every field named into a Dissection, as the differential needs. */
    private static BenchStage handDissection() {
        HandFamily family = new HandFamily();
        return BenchStage.perFrame("hand-family", "hand-written family: dissector plus every field named (Dissection)",
                f -> family.dissect(f).layers().size());
    }

    private static long read(BenchStage.Chunk chunk) {
        long sink = 0;
        try (CaptureReader r = CaptureReader.open(chunk.input().records(chunk.from(), chunk.to()), chunk.input().name())) {
            Frame f;
            while ((f = r.next()) != null) {
                sink += f.length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /**
     * pcap4j's packet tree for the frame, built and not looked at: the same call and the same
     * (lack of) use as the JMH benchmark and CpuTimeMain, so the three numbers compare.
     * ({@code length()} would add a walk over the tree's lazily computed lengths.)
     */
    private static long pcap4jFactory(Frame f) {
        return pcap4jPacket(f) == null ? 0 : 1;
    }

    /** The same, then pcap4j verifies the checksums the hand-written dissector verifies. */
    private static long pcap4jChecksums(Frame f) {
        EthernetPacket p = pcap4jPacket(f);
        return p == null ? -1 : Pcap4jChecksums.valid(p);
    }

    private static EthernetPacket pcap4jPacket(Frame f) {
        try {
            return EthernetPacket.newPacket(f.data(), 0, f.data().length);
        } catch (IllegalRawDataException e) {
            return null;
        }
    }
}
