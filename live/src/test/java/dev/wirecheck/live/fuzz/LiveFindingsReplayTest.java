package dev.wirecheck.live.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wirecheck.live.LiveTarget;
import dev.wirecheck.live.LiveTestSupport;
import dev.wirecheck.live.NamespacedJava;
import dev.wirecheck.live.TargetExit;
import dev.wirecheck.live.cli.LiveCommands;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every committed live finding of the lwIP target ({@code findings/live-lwip/ID/}) is a
 * regression test: its reproducer, replayed with {@code replay} to a freshly started target,
 * must still do what finding.json says (die with the recorded exit status and last output
 * line) unless the finding is marked {@code fixed}, in which case the target must survive it.
 */
class LiveFindingsReplayTest {
    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyLwipFindingStillReproducesUnlessMarkedFixed() throws IOException {
        Path root = LiveTestSupport.repoRoot().resolve("findings/live-lwip");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("finding.json"))).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> replays(dir)));
            }
        }
        assertFalse(tests.isEmpty(), "no finding in " + root);
        return tests.stream();
    }

    private void replays(Path finding) throws Exception {
        LiveTestSupport.requireLiveTarget();
        JsonNode json = new ObjectMapper().readTree(finding.resolve("finding.json").toFile());
        try (LiveTarget target = LiveTarget.start(LiveTestSupport.repoRoot())) {
            LiveTestSupport.Result replay = LiveTestSupport.run(NamespacedJava.command(target, LiveCommands.class, List.of(
                    "replay", finding.resolve("reproducer.pcap").toString(), "--iface", target.iface(),
                    "--capture-dut-mac", json.get("device_mac").asText(), "--dut-mac", target.mac().toString(),
                    "--dut-ip", target.ipv4(), "--fast", "--out", work.resolve("replayed.pcap").toString())), 120);
            assertEquals(0, replay.status(), replay.output());
            assertTrue(replay.output().contains("sent " + json.get("stimuli").asInt() + " stimuli"), replay.output());
            TargetExit exit = target.awaitExit(5_000, 20);
            if ("fixed".equals(json.get("status").asText())) {
                assertNull(exit, () -> finding + " is marked fixed but the target died again: " + exit);
                return;
            }
            assertEquals("target-died", json.get("kind").asText(), "only target-died findings are committed so far");
            assertNotNull(exit, finding + " no longer kills the target: mark it fixed (with fixed_by). Target output: " + target.log());
            assertEquals(json.get("target_exit_status").asInt(), exit.status(), exit.toString());
            JsonNode recorded = json.get("target_last_output");
            String lastLine = recorded.get(recorded.size() - 1).asText();
            assertTrue(exit.lastOutput().contains(lastLine), "the target's last words again: " + lastLine + " in " + exit.lastOutput());
        }
    }
}
