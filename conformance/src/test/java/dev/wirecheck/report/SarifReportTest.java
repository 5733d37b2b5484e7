package dev.wirecheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wirecheck.check.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SarifReportTest {

    @Test
    void rulesCarryTheirRfcSectionAndLevelAsSarifLevel(@TempDir Path dir) throws Exception {
        SampleCheck sample = new SampleCheck();
        Path pcap = sample.writePcap(dir.resolve("ping.pcap"));
        JsonNode log = writeAndRead(sample, pcap, dir.resolve("out/report.sarif"));

        assertEquals("2.1.0", log.get("version").asText());
        assertTrue(log.get("$schema").asText().contains("sarif-schema-2.1.0"));
        assertEquals(1, log.get("runs").size());
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertEquals("wirecheck", driver.get("name").asText());
        JsonNode rules = driver.get("rules");
        assertEquals(List.of("RFC1122-3.2.2.6-echo-reply", "RFC1122-4.1.3.1-port-unreachable",
                "RFC1122-3.2.2.6-broadcast-echo", "RFC791-3.1-version"), texts(rules, "id"));
        assertEquals("https://www.rfc-editor.org/rfc/rfc1122#section-3.2.2.6", rules.get(0).get("helpUri").asText());
        assertEquals("https://www.rfc-editor.org/rfc/rfc791#section-3.1", rules.get(3).get("helpUri").asText());
        // MUST -> error, SHOULD -> warning, MAY -> note
        assertEquals(List.of("error", "warning", "note", "error"), texts(rules, "defaultConfiguration", "level"));
        assertEquals("MUST", rules.get(0).at("/properties/requirement").asText());
        assertEquals("3.2.2.6", rules.get(0).at("/properties/section").asText());
    }

    @Test
    void eachFailureLocatesItsOffendingBytesInTheCaptureFile(@TempDir Path dir) throws Exception {
        SampleCheck sample = new SampleCheck();
        Path pcap = sample.writePcap(dir.resolve("ping.pcap"));
        JsonNode log = writeAndRead(sample, pcap, dir.resolve("report.sarif"));
        JsonNode results = log.at("/runs/0/results");
        assertEquals(2, results.size(), "one result per failing verdict, none for pass or inconclusive");
        byte[] file = Files.readAllBytes(pcap);

        JsonNode echo = results.get(0);
        assertEquals("RFC1122-3.2.2.6-echo-reply", echo.get("ruleId").asText());
        assertEquals(0, echo.get("ruleIndex").asInt());
        assertEquals("error", echo.get("level").asText());
        assertEquals("fail", echo.get("kind").asText());
        assertEquals("frames 3, 4: echo reply sequence 3 does not mirror the request's 2", echo.at("/message/text").asText());
        JsonNode loc = echo.at("/locations/0/physicalLocation");
        assertEquals(pcap.toUri().toASCIIString(), loc.at("/artifactLocation/uri").asText());
        assertEquals(0, loc.at("/artifactLocation/index").asInt());
        // the region holds the sequence number the device sent: 3, big-endian (the reply built with seq=3)
        assertArrayEquals(new byte[]{0, 3}, region(file, loc.get("region")));
        assertEquals("frame 4", echo.at("/locations/0/logicalLocations/0/name").asText());
        // the stimulus (frame 3) is a related location covering that whole frame
        JsonNode related = echo.at("/relatedLocations/0");
        assertArrayEquals(sample.frames.get(2), region(file, related.at("/physicalLocation/region")));
        assertTrue(related.at("/message/text").asText().startsWith("frame 3: ICMPv4 echo request"));

        JsonNode port = results.get(1);
        assertEquals("warning", port.get("level").asText());
        assertEquals(1, port.get("ruleIndex").asInt());
        // no bytes marked: the whole frame the verdict names
        assertArrayEquals(sample.frames.get(7), region(file, port.at("/locations/0/physicalLocation/region")));

        JsonNode props = log.at("/runs/0/properties");
        assertEquals(2, props.get("pass").asInt());
        assertEquals(2, props.get("fail").asInt());
        assertEquals(1, props.get("inconclusive").asInt());
        assertEquals(Files.size(pcap), log.at("/runs/0/artifacts/0/length").asLong());
    }

    @Test
    void aRelativeCaptureStaysARelativeUriAndAnUnreadableOneGetsNoRegions() throws Exception {
        SampleCheck sample = new SampleCheck();
        JsonNode log = new ObjectMapper().readTree(new ObjectMapper().writeValueAsBytes(
                new SarifReport().render(sample.result(Path.of("captures", "my board.pcap")))));
        JsonNode loc = log.at("/runs/0/results/0/locations/0/physicalLocation");
        assertEquals("captures/my%20board.pcap", loc.at("/artifactLocation/uri").asText());
        assertTrue(loc.get("region") == null, "no region when the capture cannot be read");
        assertTrue(log.at("/runs/0/properties/regionsUnavailable").asText().contains("my board.pcap"));
        assertEquals(-1, log.at("/runs/0/artifacts/0/length").asInt());
    }

    @Test
    void everyRequirementLevelMapsToASarifLevel() {
        for (Level l : Level.values()) {
            String expected = l.mandatory() ? "error" : l.text().contains("SHOULD") || l.text().contains("RECOMMENDED") ? "warning" : "note";
            assertEquals(expected, SarifReport.level(l), l.text());
        }
    }

    private static JsonNode writeAndRead(SampleCheck sample, Path capture, Path out) throws Exception {
        new SarifReport().write(sample.result(capture), out);
        return new ObjectMapper().readTree(out.toFile());
    }

    private static byte[] region(byte[] file, JsonNode region) {
        int from = region.get("byteOffset").asInt();
        return Arrays.copyOfRange(file, from, from + region.get("byteLength").asInt());
    }

    private static List<String> texts(JsonNode array, String... path) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            JsonNode v = n;
            for (String p : path) {
                v = v.get(p);
            }
            out.add(v.asText());
        }
        return out;
    }
}
