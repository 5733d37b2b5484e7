package dev.wirecheck.bench;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.kaitai.KaitaiFamily;
import dev.wirecheck.wire.Frame;
import org.pcap4j.packet.EthernetPacket;
import org.pcap4j.packet.IllegalRawDataException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The same hot paths as the JMH benchmarks, timed by the CPU time of the measuring thread
 * instead of the wall clock: frames per CPU-second. On a machine shared with other jobs
 * (this project's CI runners, the 2-core box the numbers in docs/benchmarks.md come from)
 * wall-clock throughput swings with the load, CPU time much less. Not a JMH replacement:
 * no forks, no blackholes beyond a checksum of the results. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.wirecheck.bench.CpuTimeMain [rounds]}.
 */
public final class CpuTimeMain {
    private static final long WARM_UP_CPU_NANOS = 5_000_000_000L;
    private static long sink;

    private CpuTimeMain() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Frame[] frames = BenchFrames.load();
        byte[] pcap = pcapOf(frames);
        Dissector dissector = new Dissector();
        KaitaiFamily kaitai = new KaitaiFamily();

        Map<String, Runnable> paths = new LinkedHashMap<>();
        paths.put("capture reader (pcap in memory)", () -> readAll(pcap));
        paths.put("hand dissector", () -> {
            for (Frame f : frames) {
                sink += dissector.dissect(f).layerCount();
            }
        });
        paths.put("hand + named fields", () -> {
            for (Frame f : frames) {
                sink += dissector.dissect(f).toDissection().layers().size();
            }
        });
        paths.put("Kaitai family", () -> {
            for (Frame f : frames) {
                sink += kaitai.dissect(f).layers().size();
            }
        });
        paths.put("pcap4j packet factory", () -> {
            for (Frame f : frames) {
                sink += pcap4jPacket(f);
            }
        });

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bytes = 0;
        for (Frame f : frames) {
            bytes += f.length();
        }
        System.out.printf("%d frames (%d bytes) per round; median of %d rounds, each path warmed up for at least"
                + " %d rounds and %d CPU-seconds%n", frames.length, bytes, rounds, rounds, WARM_UP_CPU_NANOS / 1_000_000_000L);
        System.out.printf("%-32s %14s %12s %12s%n", "path", "frames/CPU-s", "MB/CPU-s", "ns/frame");
        for (Map.Entry<String, Runnable> e : paths.entrySet()) {
            // a loaded machine starves the JIT compiler threads: warm up by CPU time spent, not only by rounds
            long warmStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < rounds || threads.getCurrentThreadCpuTime() - warmStart < WARM_UP_CPU_NANOS; i++) {
                e.getValue().run();
            }
            long[] cpu = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = threads.getCurrentThreadCpuTime();
                e.getValue().run();
                cpu[i] = threads.getCurrentThreadCpuTime() - t;
            }
            Arrays.sort(cpu);
            double nsPerFrame = (double) cpu[rounds / 2] / frames.length;
            System.out.printf("%-32s %,14.0f %12.1f %12.1f%n", e.getKey(), 1e9 / nsPerFrame,
                    bytes * 1e3 / cpu[rounds / 2], nsPerFrame);
        }
        System.out.println("(checksum " + sink + ")");
    }

    /** The same call and use as {@code wirecheck bench}'s pcap4j stage and DissectBenchmark. */
    private static long pcap4jPacket(Frame f) {
        try {
            return EthernetPacket.newPacket(f.data(), 0, f.data().length) == null ? 0 : 1;
        } catch (IllegalRawDataException e) {
            return -1;
        }
    }

    private static void readAll(byte[] pcap) {
        try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(pcap), "bench.pcap")) {
            for (Frame f = r.next(); f != null; f = r.next()) {
                sink += f.length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pcapOf(Frame[] frames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out, 1, false)) {
            for (Frame f : frames) {
                w.write(f);
            }
        }
        return out.toByteArray();
    }
}
