package dev.wirecheck.bench;

import dev.wirecheck.capture.CaptureReader;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Frames per second of the capture reader: a pcap of the benchmark frames held in memory
 * (so the disk is not measured) read from start to end. One operation is one frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CaptureReaderBenchmark {
    private byte[] pcap;

    @Setup
    public void write() throws IOException {
        pcap = CpuTimeMain.pcapOf(BenchFrames.load());
    }

    @Benchmark
    @OperationsPerInvocation(BenchFrames.COUNT)
    public void readPcapFromMemory(Blackhole bh) throws IOException {
        try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(pcap), "bench.pcap")) {
            for (Frame f = r.next(); f != null; f = r.next()) {
                bh.consume(f);
            }
        }
    }
}
