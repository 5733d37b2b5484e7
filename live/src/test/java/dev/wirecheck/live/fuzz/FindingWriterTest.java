package dev.wirecheck.live.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The findings layout shared with {@code fuzz}: findings/live-NAME/ID/ with a reproducer and finding.json. */
class FindingWriterTest {
    @TempDir
    Path root;

    private static List<Frame> history() {
        Templates t = new Templates(MutatorTest.STATION);
        Random r = new Random(11);
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            frames.add(Frame.ethernet(t.icmpEcho(r), 1_000_000_000L * i, i + 1));
            byte[] answer = t.icmpEcho(r).clone();
            MacAddress.parse("02:00:00:00:00:0a").write(answer, 6); // a frame "from the device"
            frames.add(Frame.ethernet(answer, 1_000_000_000L * i + 1, i + 1));
        }
        return frames;
    }

    @Test
    void findingHoldsTheLastKStimuliAndTheDevicesAnswers() throws IOException {
        Path dir = FindingWriter.write(root, "live-lwip", "liveness-lost", history(), MutatorTest.STATION.peerMac(),
                MutatorTest.STATION.dutMac(), 10);
        assertEquals(root.resolve("live-lwip"), dir.getParent());
        List<Frame> reproducer = CaptureReader.readAll(dir.resolve("reproducer.pcap"));
        assertEquals(20, reproducer.size(), "10 stimuli and the 10 frames after them");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("finding.json").toFile());
        assertEquals("live-lwip", json.get("target").asText());
        assertEquals(dir.getFileName().toString(), json.get("id").asText());
        assertEquals("new", json.get("status").asText());
        assertEquals("liveness-lost", json.get("kind").asText());
        assertEquals(10, json.get("stimuli").asInt());
        assertTrue(json.get("hash").asText().matches("[0-9a-f]{40}"));
        assertTrue(json.get("first_seen").asText().endsWith("Z"));
        try (Stream<Path> left = Files.list(root.resolve("live-lwip"))) {
            assertEquals(List.of(dir), left.toList(), "no temporary directory left behind");
        }
    }

    @Test
    void theSameStimuliAreSavedOnce() throws IOException {
        Path first = FindingWriter.write(root, "live-lwip", "liveness-lost", history(), MutatorTest.STATION.peerMac(),
                MutatorTest.STATION.dutMac(), 10);
        Path again = FindingWriter.write(root, "live-lwip", "target-died", history(), MutatorTest.STATION.peerMac(),
                MutatorTest.STATION.dutMac(), 10);
        assertEquals(first, again);
        assertEquals("liveness-lost", new ObjectMapper().readTree(first.resolve("finding.json").toFile()).get("kind").asText());
    }
}
