package dev.wirecheck.bench;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.wire.Frame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The frames every benchmark runs on: {@value #COUNT} frames sampled evenly from all the
 * real device captures (lwIP and smoltcp: DHCP, ping, fragments, HTTP pages and downloads,
 * UDP echo, ping6 and NDP, closed ports, 20 parallel downloads). A fixed count, so that
 * JMH's per-operation numbers are per frame.
 *
 * <p>The captures are {@code ../shared/captures} beside the repository; another folder
 * can be named with {@code -Dwirecheck.bench.captures=DIR}.
 */
public final class BenchFrames {
    public static final int COUNT = 16_384;

    private BenchFrames() {}

    public static Frame[] load() {
        List<Frame> all = new ArrayList<>();
        for (Path file : captureFiles()) {
            try {
                CaptureReader.forEach(file, all::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no frames in " + capturesDir());
        }
        Frame[] out = new Frame[COUNT];
        for (int i = 0; i < COUNT; i++) {
            out[i] = all.get((int) ((long) i * all.size() / COUNT));
        }
        return out;
    }

    static List<Path> captureFiles() {
        Path dir = capturesDir();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + " (set -Dwirecheck.bench.captures=DIR)", e);
        }
    }

    static Path capturesDir() {
        String explicit = System.getProperty("wirecheck.bench.captures");
        if (explicit != null) {
            return Paths.get(explicit);
        }
        return repositoryRoot().resolve("../shared/captures").normalize();
    }

    /** The directory whose pom.xml lists the modules, found upwards from the working directory. */
    static Path repositoryRoot() {
        Path p = Paths.get("").toAbsolutePath();
        for (Path d = p; d != null; d = d.getParent()) {
            Path pom = d.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>")) {
                    return d;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("run the benchmarks from inside the repository, or set "
                + "-Dwirecheck.bench.captures=DIR (no pom.xml with <modules> above " + p + ")");
    }
}
