package dev.wirecheck.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * tshark's frames per second on the bench input, as an outside reference: {@code tshark -r}
 * on a temporary pcap of the first frames, with and without TCP reassembly, its one-line
 * summaries discarded. tshark's start-up (measured on a one-frame file with the same
 * options) is subtracted, since it does not grow with the capture.
 */
public final class TsharkBench {
    static final long TIMEOUT_SECONDS = 600;

    private TsharkBench() {}

    /** The tshark executable on the PATH, or null. */
    public static Path find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "tshark");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Measures tshark on the first {@code frames} frames of the input, with and without TCP reassembly. */
    public static List<BenchRunner.Result> measure(Path tshark, BenchInput input, int frames) throws IOException, InterruptedException {
        int n = Math.min(frames, input.size());
        Path dir = Files.createTempDirectory("wirecheck-bench");
        Path prefix = dir.resolve("prefix.pcap");
        Path one = dir.resolve("one.pcap");
        try {
            write(input, n, prefix);
            write(input, 1, one);
            List<BenchRunner.Result> out = new ArrayList<>();
            String scope = n == input.size() ? "all " + n + " frames" : "first " + n + " of " + input.size() + " frames";
            for (boolean reassembly : new boolean[] {false, true}) {
                String option = "tcp.desegment_tcp_streams:" + (reassembly ? "TRUE" : "FALSE");
                long startup = run(tshark, one, option);
                long total = run(tshark, prefix, option);
                long nanos = Math.max(1, total > startup ? total - startup : total);
                out.add(new BenchRunner.Result(reassembly ? "tshark-reassembly" : "tshark",
                        "tshark -r, TCP reassembly " + (reassembly ? "on" : "off") + " (" + scope + ", start-up "
                                + String.format("%.2f", startup / 1e9) + " s subtracted)",
                        n, input.bytes(0, n), nanos));
            }
            return out;
        } finally {
            Files.deleteIfExists(prefix);
            Files.deleteIfExists(one);
            Files.deleteIfExists(dir);
        }
    }

    private static void write(BenchInput input, int frames, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            input.records(0, frames).transferTo(out);
        }
    }

    /** Wall time of one tshark run; an IOException when it fails or overruns. */
    private static long run(Path tshark, Path file, String option) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(tshark.toString(), "-n", "-r", file.toString(), "-o", option)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tshark took more than " + TIMEOUT_SECONDS + " s on " + file + "; stopped");
        }
        long nanos = System.nanoTime() - start;
        if (p.exitValue() != 0) {
            throw new IOException("tshark exited with status " + p.exitValue() + " on " + file);
        }
        return nanos;
    }
}
