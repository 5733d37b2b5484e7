package dev.wirecheck.fuzz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One fuzzing campaign of one target: Jazzer's driver in a child JVM on the class path of
 * this one, seeded from {@code corpora/<target>/} (and any extra seed folders), with the
 * target's dictionary and its time and memory limits. New coverage goes to a work folder;
 * afterwards crashes become findings (replayed here for their stack, minimised by a short
 * second run) and the new inputs are merged into the corpus with libFuzzer's {@code -merge}.
 */
public final class JazzerRun {
    private static final Pattern STATUS = Pattern.compile("^#(\\d+)\\s+(\\S+)\\s+cov: (\\d+).*?corp: (\\d+)/.*?exec/s: (\\d+)");
    private static final String INSTRUMENT = "dev.wirecheck.**:io.kaitai.**";
    /** Distinct crashes one run may report before it stops (Jazzer deduplicates them by stack). */
    private static final int KEEP_GOING = 50;

    /** What a campaign produced. */
    public record Result(String target, long runs, long execPerSecond, int coverage, int corpusAdded,
                         List<Findings.Recorded> findings, Path log) {
        public long newFindings() {
            return findings.stream().filter(Findings.Recorded::isNew).count();
        }
    }

    private final FuzzTarget target;
    private final Path corpora;
    private final Findings findings;
    private final Path work;
    private final List<Path> extraSeeds;
    private final PrintStream progress;
    private volatile Process child;
    private volatile boolean interrupted;

    public JazzerRun(FuzzTarget target, Path corpora, Findings findings, Path work, List<Path> extraSeeds,
                     PrintStream progress) {
        this.target = target;
        // absolute, because the fuzzer runs in the work folder
        this.corpora = corpora.toAbsolutePath();
        this.findings = findings;
        this.work = work.toAbsolutePath();
        this.extraSeeds = extraSeeds.stream().map(Path::toAbsolutePath).toList();
        this.progress = progress;
    }

    /** Stops the fuzzer (Ctrl-C): it ends its run, and {@link #run} goes on to keep findings and corpus. */
    public void interrupt() {
        interrupted = true;
        Process p = child;
        if (p != null) {
            p.destroy();
        }
    }

    public Result run(int seconds, boolean merge) throws IOException, InterruptedException {
        if (interrupted) {
            return new Result(target.name(), 0, 0, 0, 0, List.of(), null);
        }
        Path fresh = Files.createDirectories(work.resolve("new"));
        Path artifacts = Files.createDirectories(work.resolve("artifacts"));
        Path dict = work.resolve(target.name() + ".dict");
        try (InputStream in = FuzzTargets.class.getResourceAsStream(target.dictionaryResource())) {
            Files.write(dict, in.readAllBytes());
        }
        Path seeds = Files.createDirectories(corpora.resolve(target.name()));
        List<String> cmd = jazzer(List.of("-max_total_time=" + seconds, "-dict=" + dict,
                "-artifact_prefix=" + artifacts + "/", "-print_final_stats=1", fresh.toString(), seeds.toString()));
        for (Path extra : extraSeeds) {
            if (Files.isDirectory(extra.resolve(target.name()))) {
                cmd.add(extra.resolve(target.name()).toString());
            }
        }
        Path log = work.resolve("fuzz.log");
        long[] last = new long[]{0, 0, 0, 0};
        int rc = runChild(cmd, log, line -> {
            Matcher m = STATUS.matcher(line);
            if (m.find()) {
                last[0] = Long.parseLong(m.group(1));
                last[1] = Long.parseLong(m.group(5));
                last[2] = Long.parseLong(m.group(3));
                last[3] = Long.parseLong(m.group(4));
                if (m.group(2).equals("pulse") || m.group(2).equals("DONE") || m.group(2).equals("INITED")) {
                    progress.printf("%s: %s runs %d, %d exec/s, coverage %d, corpus %d%n", target.name(),
                            m.group(2).toLowerCase(), last[0], last[1], last[2], last[3]);
                }
            }
        });
        List<Findings.Recorded> found = collect(artifacts, log);
        int added = merge ? merge(fresh, seeds) : 0;
        if (rc != 0 && found.isEmpty() && last[0] == 0) {
            throw new IOException(target.name() + ": the fuzzer exited with status " + rc + " before fuzzing; see " + log);
        }
        return new Result(target.name(), last[0], last[1], (int) last[2], added, found, log);
    }

    /** The child JVM's command: this class path, Jazzer's driver, the target and its limits. */
    private List<String> jazzer(List<String> libFuzzerArgs) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss4m",
                // heap well under libFuzzer's RSS limit: a runaway allocation must surface as a Java
                // OutOfMemoryError with its stack, not as the JVM's normal growth tripping the limit
                "-Xmx" + FuzzTarget.RSS_LIMIT_MB / 2 + "m",
                "-D" + WirecheckFuzzer.TARGET_PROPERTY + "=" + target.name(),
                "-cp", absoluteClassPath(),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + WirecheckFuzzer.class.getName(),
                "--instrumentation_includes=" + INSTRUMENT,
                "--keep_going=" + KEEP_GOING,
                "-timeout=" + target.timeoutSeconds(),
                "-rss_limit_mb=" + FuzzTarget.RSS_LIMIT_MB,
                "-max_len=" + FuzzTarget.MAX_INPUT_BYTES));
        cmd.addAll(libFuzzerArgs);
        return cmd;
    }

    /** This JVM's class path with every entry absolute: the child runs in the work folder. */
    private static String absoluteClassPath() {
        StringBuilder cp = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (cp.length() > 0) {
                cp.append(java.io.File.pathSeparator);
            }
            cp.append(Path.of(entry).toAbsolutePath());
        }
        return cp.toString();
    }

    private int runChild(List<String> cmd, Path log, java.util.function.Consumer<String> onLine)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(work.toFile());
        Process p = pb.start();
        child = p;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter w = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = r.readLine()) != null) {
                w.println(line);
                onLine.accept(line);
            }
        } catch (IOException e) {
            if (!interrupted) {
                throw e;
            }
            // stopped on purpose: its pipe closes under us; what it wrote so far is in the log
        }
        int rc = p.waitFor();
        child = null;
        return rc;
    }

    /** Each artifact libFuzzer wrote becomes (or updates) a finding. */
    private List<Findings.Recorded> collect(Path artifacts, Path log) throws IOException, InterruptedException {
        List<Findings.Recorded> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(artifacts)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path a : files) {
            String name = a.getFileName().toString();
            String kind = name.startsWith("timeout-") ? "timeout"
                    : name.startsWith("oom-") ? "out-of-memory"
                    : name.startsWith("crash-") ? "crash" : null;
            if (kind == null) {
                continue; // slow-unit-* and the like are not findings
            }
            byte[] input = Files.readAllBytes(a);
            Throwable t = kind.equals("crash") ? Findings.replay(target, input) : null;
            if (kind.equals("crash") && t == null) {
                kind = "crash (did not reproduce in a fresh replay)";
            }
            byte[] minimised = t != null ? minimise(a) : null;
            Findings.Recorded r = findings.record(target.name(), input, minimised, t, kind, tail(log));
            progress.printf("%s: %s finding %s (%s)%n", target.name(), r.isNew() ? "NEW" : "known", r.dir(),
                    r.finding().exception());
            out.add(r);
        }
        return out;
    }

    /** libFuzzer's crash minimisation, bounded to 30 s; null when it made nothing smaller. */
    private byte[] minimise(Path crash) throws IOException, InterruptedException {
        Path min = work.resolve("min-" + crash.getFileName());
        List<String> cmd = jazzer(List.of("-minimize_crash=1", "-max_total_time=30", "-runs=100000",
                "-exact_artifact_path=" + min, crash.toString()));
        runChild(cmd, work.resolve("minimise.log"), line -> { });
        if (!Files.isRegularFile(min)) {
            return null;
        }
        byte[] m = Files.readAllBytes(min);
        return Findings.replay(target, m) != null ? m : null;
    }

    /** libFuzzer's merge of the new inputs into the corpus (only coverage-increasing ones go in), with provenance. */
    private int merge(Path fresh, Path seeds) throws IOException, InterruptedException {
        if (isEmpty(fresh)) {
            return 0;
        }
        Set<String> before = names(seeds);
        runChild(jazzer(List.of("-merge=1", "-merge_control_file=" + work.resolve("merge.control"), seeds.toString(),
                fresh.toString())), work.resolve("merge.log"), line -> { });
        Corpus corpus = new Corpus(corpora);
        int added = 0;
        for (String n : names(seeds)) {
            if (!before.contains(n) && !n.startsWith(".")) {
                byte[] b = Files.readAllBytes(seeds.resolve(n));
                Files.delete(seeds.resolve(n));
                if (corpus.add(target.name(), b, "fuzz:" + target.name(), "-", "fuzzer")) {
                    added++;
                }
            }
        }
        corpus.flush();
        return added;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            Set<String> out = new HashSet<>();
            s.forEach(p -> out.add(p.getFileName().toString()));
            return out;
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())) + "\n";
    }

    /** Waits for a child that was asked to stop; used by the Ctrl-C hook. */
    public boolean awaitChild(long seconds) throws InterruptedException {
        Process p = child;
        return p == null || p.waitFor(seconds, TimeUnit.SECONDS);
    }
}
