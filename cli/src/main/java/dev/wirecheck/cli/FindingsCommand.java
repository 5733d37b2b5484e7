package dev.wirecheck.cli;

import dev.wirecheck.fuzz.Finding;
import dev.wirecheck.fuzz.Findings;
import dev.wirecheck.fuzz.FuzzTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code wirecheck findings}: what the fuzzers found, and with --rerun whether each still fails. */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = {"List the findings (findings/<target>/<id>/finding.json). With --rerun, run every reproducer",
                "again and mark which still fail; exit status 1 when a finding marked fixed fails again."})
final class FindingsCommand implements Callable<Integer> {

    @Option(names = "--findings", paramLabel = "DIR", defaultValue = "findings", description = "findings folder (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--rerun", description = "re-run every reproducer and say whether it still fails")
    boolean rerun;

    @Override
    public Integer call() throws Exception {
        Findings findings = new Findings(dir);
        int regressions = 0;
        int n = 0;
        ExecutorService replays = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "replay");
            t.setDaemon(true); // a reproducer that hangs must not keep the command alive
            return t;
        });
        try {
            for (Path d : findings.dirs()) {
                Finding f = Findings.read(d.resolve("finding.json"));
                n++;
                String mark = "";
                if (rerun) {
                    byte[] input = Files.readAllBytes(Finding.reproducer(d));
                    Future<Throwable> result = replays.submit(() -> Findings.replay(FuzzTargets.byName(f.target()), input));
                    String outcome;
                    try {
                        Throwable t = result.get(30, TimeUnit.SECONDS);
                        outcome = t == null ? "passes" : "FAILS";
                    } catch (TimeoutException e) {
                        outcome = "FAILS (timeout)";
                    }
                    if (f.isFixed() && !outcome.equals("passes")) {
                        regressions++;
                        outcome += " (regression: marked fixed)";
                    }
                    mark = "  " + outcome;
                }
                System.out.printf("%-18s %s  %-5s  first %s  last %s  %s%s%n", f.target(), f.id(), f.status(),
                        f.firstSeen(), f.lastSeen(), f.exception(), mark);
            }
        } finally {
            replays.shutdownNow();
        }
        System.out.println(n + " findings in " + dir);
        return regressions > 0 ? Main.FOUND : Main.OK;
    }
}
