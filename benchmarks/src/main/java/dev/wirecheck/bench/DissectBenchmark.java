package dev.wirecheck.bench;

import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.kaitai.KaitaiFamily;
import dev.wirecheck.wire.Frame;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.pcap4j.packet.EthernetPacket;
import org.pcap4j.packet.IllegalRawDataException;

import java.util.concurrent.TimeUnit;

/**
 * Frames per second of each parser family over the same captured frames; one JMH
 * operation is one frame, so {@code -prof gc}'s {@code gc.alloc.rate.norm} is bytes
 * allocated per frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DissectBenchmark {
    private Frame[] frames;
    private final Dissector dissector = new Dissector();
    private final KaitaiFamily kaitai = new KaitaiFamily();

    @Setup
    public void load() {
        frames = BenchFrames.load();
    }

    /** The hot path: views over the bytes, one reused DecodedFrame. */
    @Benchmark
    @OperationsPerInvocation(BenchFrames.COUNT)
    public void handDissector(Blackhole bh) {
        for (Frame f : frames) {
            bh.consume(dissector.dissect(f).layerCount());
        }
    }

    /** The hand family as the differential comparator sees it: every field named (allocates by design). */
    @Benchmark
    @OperationsPerInvocation(BenchFrames.COUNT)
    public void handNamedFields(Blackhole bh) {
        for (Frame f : frames) {
            bh.consume(dissector.dissect(f).toDissection());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchFrames.COUNT)
    public void kaitaiFamily(Blackhole bh) {
        for (Frame f : frames) {
            bh.consume(kaitai.dissect(f));
        }
    }

    /**
     * pcap4j 1.8.2's static packet factory on the same bytes, called as {@code wirecheck bench}
     * calls it. Warmed up longer than the others: on a loaded two-core machine the JIT needs
     * 3–10 CPU-seconds to compile pcap4j's few hundred per-frame methods with C2, and until then
     * pcap4j runs at about a thirteenth of its final speed.
     */
    @Benchmark
    @OperationsPerInvocation(BenchFrames.COUNT)
    @Warmup(iterations = 10, time = 2)
    public void pcap4jPacketFactory(Blackhole bh) throws IllegalRawDataException {
        for (Frame f : frames) {
            byte[] b = f.data();
            bh.consume(EthernetPacket.newPacket(b, 0, b.length));
        }
    }
}
