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
 * summaries discarded. Like the stages, tshark is timed by CPU time (user plus system, as
 * bash's {@code times} reports it for its child); tshark's start-up (measured on a one-frame
 * file with the same options) is subtracted, since it does not grow with the capture.
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
                long[] startup = run(tshark, one, option);
                long[] total = run(tshark, prefix, option);
                long cpu = Math.max(1, total[0] > startup[0] ? total[0] - startup[0] : total[0]);
                long wall = Math.max(1, total[1] > startup[1] ? total[1] - startup[1] : total[1]);
                out.add(new BenchRunner.Result(reassembly ? "tshark-reassembly" : "tshark",
                        "tshark -r, TCP reassembly " + (reassembly ? "on" : "off") + " (" + scope + ", start-up "
                                + String.format(java.util.Locale.ROOT, "%.2f", startup[0] / 1e9) + " s CPU subtracted)",
                        n, input.bytes(0, n), cpu, wall, 0));
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

    /**
     * CPU time (user plus system) and wall time of one tshark run, in nanoseconds; an
     * IOException when it fails or overruns. bash runs it and prints {@code times}.
     */
    private static long[] run(Path tshark, Path file, String option) throws IOException, InterruptedException {
        String script = "\"$0\" -n -r \"$1\" -o \"$2\" >/dev/null 2>&1 </dev/null || exit 3; times";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script, tshark.toString(), file.toString(), option)
                .redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tshark took more than " + TIMEOUT_SECONDS + " s on " + file + "; stopped");
        }
        long wall = System.nanoTime() - start;
        if (p.exitValue() != 0) {
            throw new IOException("tshark failed on " + file + " (status " + p.exitValue() + ")");
        }
        return new long[] {childCpuNanos(new String(output, java.nio.charset.StandardCharsets.US_ASCII)), wall};
    }

    /** bash's {@code times}: a line for the shell, then one for its children, "0m0.402s 0m0.235s". */
    static long childCpuNanos(String times) throws IOException {
        String[] lines = times.strip().split("\\R");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s")
                .matcher(lines[lines.length - 1]);
        if (!m.matches()) {
            throw new IOException("cannot read the CPU time of tshark from bash's times: " + times);
        }
        double seconds = Long.parseLong(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                + Long.parseLong(m.group(3)) * 60 + Double.parseDouble(m.group(4));
        return (long) (seconds * 1e9);
    }
}
