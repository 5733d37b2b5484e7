package dev.wirecheck.cli;

import dev.wirecheck.fuzz.Findings;
import dev.wirecheck.fuzz.FuzzTarget;
import dev.wirecheck.fuzz.FuzzTargets;
import dev.wirecheck.fuzz.JazzerRun;
import dev.wirecheck.live.cli.Converters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code wirecheck fuzz}: Jazzer on one target (or all), findings deduplicated into findings/, corpus merged. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = {"Fuzz a target with Jazzer, seeded from corpora/<target>/. Crashes, timeouts and out-of-memory",
                "become findings/<target>/<id>/ (deduplicated by stack hash); new coverage is merged into the corpus.",
                "Exit status 1 when a new finding was made. Ctrl-C stops the run and keeps corpus and findings."})
final class FuzzCommand implements java.util.concurrent.Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TARGET", description = "a target name, several joined by commas, or 'all' (see --list)", arity = "0..1")
    String targetName;

    @Option(names = "--list", description = "list the targets and exit")
    boolean list;

    @Option(names = "--time", paramLabel = "DURATION", defaultValue = "60s", converter = Converters.Span.class,
            description = "fuzzing time per target: 30s, 10m, 2h (default: ${DEFAULT-VALUE})")
    Duration time;

    @Option(names = "--seconds", paramLabel = "N", description = "fuzzing time per target in seconds (overrides --time)")
    Integer seconds;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "targets fuzzed at once (with 'all')")
    int jobs;

    @Option(names = "--corpora", paramLabel = "DIR", defaultValue = "corpora", description = "seed corpora (default: ${DEFAULT-VALUE})")
    Path corpora;

    @Option(names = "--seeds", paramLabel = "DIR", description = "extra seed corpora, read only (e.g. an import of device captures)")
    List<Path> extraSeeds = new ArrayList<>();

    @Option(names = "--findings", paramLabel = "DIR", defaultValue = "findings", description = "findings folder (default: ${DEFAULT-VALUE})")
    Path findingsDir;

    @Option(names = "--no-merge", description = "do not merge new coverage into the corpus")
    boolean noMerge;

    @Override
    public Integer call() throws Exception {
        if (list) {
            for (FuzzTarget t : FuzzTargets.ALL) {
                System.out.printf("%-18s %s%n", t.name(), t.summary());
            }
            return Main.OK;
        }
        if (targetName == null) {
            System.err.println("wirecheck: fuzz needs a TARGET or 'all' (see 'wirecheck fuzz --list')");
            return Main.USAGE;
        }
        int secs = seconds != null ? seconds : (int) Math.min(Integer.MAX_VALUE, time.toSeconds());
        List<FuzzTarget> targets = targetName.equals("all") ? FuzzTargets.ALL
                : java.util.Arrays.stream(targetName.split(",")).map(FuzzTargets::byName).toList();
        Findings findings = new Findings(findingsDir);
        List<JazzerRun> running = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stopping = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            // Ctrl-C: the fuzzers stop, no other starts, and the main thread keeps their findings and corpus
            stopping.set(true);
            synchronized (running) {
                running.forEach(JazzerRun::interrupt);
            }
            try {
                finished.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        long newFindings = 0;
        try {
            List<Future<JazzerRun.Result>> results = new ArrayList<>();
            for (FuzzTarget t : targets) {
                results.add(pool.submit(() -> {
                    Path work = Files.createTempDirectory("wirecheck-fuzz-" + t.name() + "-");
                    JazzerRun run = new JazzerRun(t, corpora, findings, work, extraSeeds, System.out);
                    synchronized (running) {
                        if (stopping.get()) {
                            run.interrupt();
                        }
                        running.add(run);
                    }
                    try {
                        return run.run(secs, !noMerge);
                    } finally {
                        running.remove(run);
                    }
                }));
            }
            System.out.printf("%-18s %10s %8s %8s %7s %9s%n", "target", "runs", "exec/s", "cov", "corpus+", "findings");
            List<String> lines = new ArrayList<>();
            for (Future<JazzerRun.Result> f : results) {
                JazzerRun.Result r = f.get();
                newFindings += r.newFindings();
                lines.add(String.format("%-18s %10d %8d %8d %7d %5d new%n", r.target(), r.runs(), r.execPerSecond(),
                        r.coverage(), r.corpusAdded(), r.newFindings()));
                for (var rec : r.findings()) {
                    if (rec.isNew()) {
                        lines.add("  reproducer: " + dev.wirecheck.fuzz.Finding.reproducer(rec.dir()) + "\n");
                    }
                }
            }
            lines.forEach(System.out::print);
        } finally {
            pool.shutdown();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C arrived: the hook is running and waits for the countDown above
            }
        }
        return newFindings > 0 ? Main.FOUND : Main.OK;
    }

}
