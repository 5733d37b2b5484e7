package dev.wirecheck.live.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.live.Commands;
import dev.wirecheck.live.LiveTarget;
import dev.wirecheck.live.LiveTestSupport;
import dev.wirecheck.live.NamespacedJava;
import dev.wirecheck.live.TargetExit;
import dev.wirecheck.live.cli.LiveCommands;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fuzz-live} against lwIP 2.1.3 in a namespace: a smoke run (15 s, or
 * {@code -Dwirecheck.fuzzLive.seconds=60} as scripts/fuzz-live-smoke.sh does) that prints
 * cases/s and findings, and the two kinds of finding, provoked by freezing and by killing
 * the target.
 */
class FuzzLiveLiveTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "fuzz-live: ([\\d.]+) s, (\\d+) cases \\((\\d+)/s\\), (\\d+) frames sent, (\\d+) answers, (\\d+)/(\\d+) probes passed, (\\d+) findings");

    @TempDir
    Path findings;

    private List<String> fuzzCommand(LiveTarget target, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("fuzz-live", "--iface", target.iface(), "--dut-mac", target.mac().toString(),
                "--dut-ip", target.ipv4(), "--peer-ip", "192.0.2.99", "--target-pid", Long.toString(target.pid()),
                "--findings", findings.toString(), "--name", "lwip"));
        args.addAll(List.of(extra));
        return NamespacedJava.command(target, LiveCommands.class, args);
    }

    @Test
    void smokeRunReportsCasesPerSecondProbesAndFindings() throws Exception {
        LiveTestSupport.requireLiveTarget();
        int seconds = Integer.getInteger("wirecheck.fuzzLive.seconds", 15);
        try (LiveTarget target = LiveTarget.start(LiveTestSupport.repoRoot())) {
            // --skip-protocol 136: UDP-Lite aborts lwIP 2.1.3 within seconds (findings/live-lwip/56e679f5ec028744,
            // replayed by LiveFindingsReplayTest); skipping it lets the smoke look for anything else
            String seed = System.getProperty("wirecheck.fuzzLive.seed", "20261206");
            LiveTestSupport.Result r = LiveTestSupport.run(fuzzCommand(target, "--time", seconds + "s", "--seed", seed, "--skip-protocol", "136",
                    "--seed-capture", LiveTestSupport.repoRoot().resolve("../shared/captures/lwip/04-http-small.pcap").toString()),
                    seconds + 120L);
            Matcher m = SUMMARY.matcher(r.output());
            String last = null;
            while (m.find()) {
                last = m.group();
            }
            assertTrue(last != null, "summary line in: " + r.output());
            System.out.println("fuzz-live smoke against lwIP 2.1.3 (" + seconds + " s, seed " + seed + "): " + last);
            m = SUMMARY.matcher(last);
            assertTrue(m.matches());
            long cases = Long.parseLong(m.group(2));
            int passed = Integer.parseInt(m.group(6)), probes = Integer.parseInt(m.group(7)), found = Integer.parseInt(m.group(8));
            assertTrue(cases > 100, "cases sent: " + cases);
            assertTrue(Long.parseLong(m.group(5)) > 0, "answers seen");
            assertTrue(probes > 0, "liveness probes run");
            assertEquals(found == 0 ? 0 : 1, r.status(), r.output());
            if (found == 0) {
                assertEquals(probes, passed, "every probe passed when nothing was found");
            } else {
                // a finding against lwIP is a result, not a harness failure: it must be well-formed,
                // and it outlives the test's temporary directory
                for (Path dir : findingDirs()) {
                    assertTrue(Files.size(dir.resolve("reproducer.pcap")) > 24);
                    noteHowTheTargetEnded(target, dir);
                    Path kept = keep(dir);
                    System.out.println("fuzz-live finding kept in " + kept);
                    System.out.println("fuzz-live finding: " + Files.readString(kept.resolve("finding.json")));
                }
            }
        }
    }

    /** Where findings of live tests are kept after the test: live/target/fuzz-live-findings/ID/. */
    static Path keptFindings() throws IOException {
        return LiveTestSupport.repoRoot().resolve("live/target/fuzz-live-findings");
    }

    /** Adds the target's exit status, signal and last output to finding.json when the target died. */
    private static void noteHowTheTargetEnded(LiveTarget target, Path finding) throws IOException, InterruptedException {
        TargetExit exit = target.awaitExit(2_000, 20);
        if (exit != null) {
            FindingWriter.annotate(finding, exit.asJson());
        }
    }

    /** Copies a finding out of the test's temporary directory (replacing an earlier copy of the same id). */
    private static Path keep(Path finding) throws IOException {
        Path to = keptFindings().resolve(finding.getFileName().toString());
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(finding)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    private List<Path> findingDirs() throws IOException {
        Path dir = findings.resolve("live-lwip");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).toList();
        }
    }

    /** Waits (bounded) until fuzz-live has checked the device and started sending cases. */
    private void awaitFuzzing() throws IOException, InterruptedException {
        Path log = findings.resolve("fuzz.log");
        for (int i = 0; i < 600; i++) {
            if (Files.exists(log) && Files.readString(log).contains("passes the liveness probe; fuzzing")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fuzz-live did not start within 60 s: " + Files.readString(log));
    }

    @Test
    void frozenTargetIsALivenessFindingThatReplayAccepts() throws Exception {
        LiveTestSupport.requireLiveTarget();
        try (LiveTarget target = LiveTarget.start(LiveTestSupport.repoRoot())) {
            Process fuzz = new ProcessBuilder(fuzzCommand(target, "--time", "60s", "--probe-every", "20",
                    "--reproducer-stimuli", "30", "--seed", "1")).redirectErrorStream(true)
                    .redirectOutput(findings.resolve("fuzz.log").toFile()).start();
            String pid = Long.toString(target.pid());
            try {
                awaitFuzzing();
                Thread.sleep(2_000);
                Commands.run(List.of("kill", "-STOP", pid), 5); // the device hangs
                assertTrue(fuzz.waitFor(60, TimeUnit.SECONDS), "fuzz-live notices the hang");
            } finally {
                Commands.run(List.of("kill", "-CONT", pid), 5);
                fuzz.destroy();
            }
            String output = Files.readString(findings.resolve("fuzz.log"));
            assertEquals(1, fuzz.exitValue(), "fuzz-live log: [" + output + "]");
            List<Path> dirs = findingDirs();
            assertEquals(1, dirs.size(), output);
            JsonNode json = new ObjectMapper().readTree(dirs.get(0).resolve("finding.json").toFile());
            assertEquals("liveness-lost", json.get("kind").asText());
            assertEquals("live-lwip", json.get("target").asText());
            Path reproducer = dirs.get(0).resolve("reproducer.pcap");
            List<Frame> frames = CaptureReader.readAll(reproducer);
            long stimuli = frames.stream().filter(f -> MacAddress.of(f.data(), 6).equals(MacAddress.parse("02:77:63:00:00:01"))).count();
            assertEquals(json.get("stimuli").asLong(), stimuli);
            assertTrue(stimuli <= 30 && stimuli > 0, "at most K stimuli: " + stimuli);

            // the reproducer replays to the thawed target (the hang was ours, so it answers again)
            Path out = findings.resolve("reproduced.pcap");
            LiveTestSupport.Result replay = LiveTestSupport.run(NamespacedJava.command(target, LiveCommands.class, List.of(
                    "replay", reproducer.toString(), "--iface", target.iface(), "--capture-dut-mac", target.mac().toString(),
                    "--dut-mac", target.mac().toString(), "--dut-ip", target.ipv4(), "--fast", "--out", out.toString())), 120);
            assertEquals(0, replay.status(), replay.output());
            assertTrue(replay.output().contains("sent " + stimuli + " stimuli"), replay.output());
            assertTrue(target.isAlive());
        }
    }

    @Test
    void killedTargetIsATargetDiedFinding() throws Exception {
        LiveTestSupport.requireLiveTarget();
        try (LiveTarget target = LiveTarget.start(LiveTestSupport.repoRoot())) {
            Process fuzz = new ProcessBuilder(fuzzCommand(target, "--time", "60s", "--seed", "2"))
                    .redirectErrorStream(true).redirectOutput(findings.resolve("fuzz.log").toFile()).start();
            try {
                awaitFuzzing();
                Thread.sleep(2_000);
                Commands.run(List.of("kill", "-KILL", Long.toString(target.pid())), 5); // the device crashes
                assertTrue(fuzz.waitFor(30, TimeUnit.SECONDS), "fuzz-live notices the death");
            } finally {
                fuzz.destroy();
            }
            String output = Files.readString(findings.resolve("fuzz.log"));
            assertEquals(1, fuzz.exitValue(), "fuzz-live log: [" + output + "]");
            List<Path> dirs = findingDirs();
            assertEquals(1, dirs.size(), output);
            noteHowTheTargetEnded(target, dirs.get(0));
            JsonNode json = new ObjectMapper().readTree(dirs.get(0).resolve("finding.json").toFile());
            assertEquals("target-died", json.get("kind").asText());
            // the JVM reports death by signal N as 128 + N; SIGKILL is 9 (signal(7))
            assertEquals(128 + 9, json.get("target_exit_status").asInt(), json.toString());
            assertEquals("SIGKILL", json.get("target_signal").asText());
            assertTrue(json.get("target_last_output").toString().contains("wirecheck-target: ready"), json.toString());
        }
    }
}
