package dev.wirecheck.parsers.kaitai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.vectors.RfcVectors;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Layer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kaitai family's DHCP and DNS layers against tshark (the external oracle) on the
 * DHCP-boot captures of both stacks: every dhcp.* and dns.* field tshark prints for a
 * frame has the same values, in order, in the Kaitai dissection, and Kaitai prints no
 * field tshark lacks. Needs tshark (Debian package {@code tshark}); under CI=true its
 * absence fails the test.
 */
class DhcpDnsMatchTsharkTest {
    /** Fields tshark derives from other frames of the conversation, not from the frame itself. */
    private static final Set<String> CONVERSATION = Set.of("dns.response_to", "dns.time", "dns.response_in",
            "dns.retransmission", "dns.retransmit_request_in", "dns.unsolicited");

    @Test
    void dhcpAndDnsFieldsMatchTshark() throws Exception {
        Path shared = RfcVectors.root().resolve("../shared/captures").normalize();
        List<Path> files = List.of(shared.resolve("lwip/01-dhcp-boot.pcap"), shared.resolve("smoltcp/01-dhcp-boot.pcap"),
                shared.resolve("smoltcp/own-driver/01-dhcp-boot.pcap"));
        KaitaiFamily kaitai = new KaitaiFamily();
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Path file : files) {
            Map<Long, Map<String, List<String>>> oracle = tshark(file);
            for (Frame f : CaptureReader.readAll(file)) {
                Map<String, List<String>> expected = oracle.get(f.number());
                if (expected == null) {
                    continue;
                }
                Dissection d = kaitai.dissect(f);
                Map<String, List<Field>> actual = applicationFields(d);
                String where = file.getParent().getFileName() + "/" + file.getFileName() + " frame " + f.number();
                for (Map.Entry<String, List<String>> e : expected.entrySet()) {
                    List<String> mine = new ArrayList<>();
                    for (Field x : actual.getOrDefault(e.getKey(), List.of())) {
                        mine.add(x.canonical());
                    }
                    List<String> theirs = normalise(e.getValue(), actual.getOrDefault(e.getKey(), List.of()));
                    if (!mine.equals(theirs)) {
                        problems.add(where + ": " + e.getKey() + " kaitai=" + mine + " tshark=" + e.getValue());
                    }
                }
                for (String name : actual.keySet()) {
                    if (!expected.containsKey(name)) {
                        problems.add(where + ": " + name + " is not printed by tshark");
                    }
                }
                assertTrue(d.malformations().isEmpty(), where + ": " + d.malformations());
                compared++;
            }
        }
        assertTrue(compared >= 12, "DHCP and DNS frames compared: " + compared);
        assertEquals(List.of(), problems);
    }

    /** tshark prints some numbers in hex ("0x0001"); the Kaitai field holds the number. */
    private static List<String> normalise(List<String> tshark, List<Field> mine) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tshark.size(); i++) {
            String v = tshark.get(i);
            boolean number = i < mine.size() && mine.get(i).isNumber();
            if (number && v.startsWith("0x")) {
                v = String.valueOf(Long.parseLong(v.substring(2), 16));
            }
            out.add(v);
        }
        return out;
    }

    private static Map<String, List<Field>> applicationFields(Dissection d) {
        Map<String, List<Field>> m = new LinkedHashMap<>();
        for (Layer l : d.layers()) {
            if (l.name().equals("dhcp") || l.name().equals("dns")) {
                for (Field f : l.fields()) {
                    m.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
                }
            }
        }
        return m;
    }

    /** Frame number to the leaf values of tshark's dhcp and dns layers, per field, in document order. */
    private static Map<Long, Map<String, List<String>>> tshark(Path file) throws IOException, InterruptedException {
        Path out = Files.createTempFile("tshark", ".json");
        try {
            Process p;
            try {
                p = new ProcessBuilder("tshark", "-n", "-r", file.toString(), "-T", "json", "--no-duplicate-keys",
                        "-Y", "dhcp or dns").redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                if ("true".equals(System.getenv("CI"))) {
                    throw new AssertionError("tshark is required under CI (Debian package tshark)", e);
                }
                Assumptions.abort("tshark not installed (Debian package tshark): " + e.getMessage());
                return Map.of();
            }
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tshark did not finish");
            assertEquals(0, p.exitValue(), "tshark exit status on " + file);
            Map<Long, Map<String, List<String>>> frames = new LinkedHashMap<>();
            for (JsonNode packet : new ObjectMapper().readTree(out.toFile())) {
                JsonNode layers = packet.path("_source").path("layers");
                long number = Long.parseLong(layers.path("frame").path("frame.number").asText());
                Map<String, List<String>> fields = new LinkedHashMap<>();
                for (String layer : List.of("dhcp", "dns")) {
                    if (layers.has(layer)) {
                        leaves(layers.get(layer), fields);
                    }
                }
                frames.put(number, fields);
            }
            return frames;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void leaves(JsonNode node, Map<String, List<String>> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                leaves(v, out);
            } else if (v.isArray()) {
                for (JsonNode x : v) {
                    if (x.isObject()) {
                        leaves(x, out);
                    } else {
                        add(out, name, x.asText());
                    }
                }
            } else {
                add(out, name, v.asText());
            }
        }
    }

    private static void add(Map<String, List<String>> out, String name, String value) {
        if (!CONVERSATION.contains(name) && (name.startsWith("dhcp.") || name.startsWith("dns."))) {
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }
}
