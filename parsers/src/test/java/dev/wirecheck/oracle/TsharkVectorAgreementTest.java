package dev.wirecheck.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.vectors.RfcVector;
import dev.wirecheck.vectors.RfcVectors;
import dev.wirecheck.wire.LinkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The expectations written in rfc-vectors/ against tshark (Debian package {@code tshark}):
 * every field a frame vector expects must be what tshark reads from the same bytes. The
 * vectors' values come from the RFC text; this test keeps a wrong hand-computed value, or
 * a field named otherwise than Wireshark names it, from ever becoming the reference.
 */
class TsharkVectorAgreementTest {

    @Test
    void everyExpectedFieldIsWhatTsharkReads(@TempDir Path dir) throws Exception {
        Path tshark = ExternalTools.require("tshark", "tshark");
        Map<LinkType, List<RfcVector>> byLink = new EnumMap<>(LinkType.class);
        for (RfcVector v : RfcVectors.all()) {
            if (v.kind().equals("frame")) {
                byLink.computeIfAbsent(v.linkType(), k -> new ArrayList<>()).add(v);
            }
        }
        List<String> disagreements = new ArrayList<>();
        int fieldsCompared = 0;
        for (Map.Entry<LinkType, List<RfcVector>> group : byLink.entrySet()) {
            List<RfcVector> vectors = group.getValue();
            Path pcap = dir.resolve(group.getKey() + ".pcap");
            try (PcapWriter w = PcapWriter.atomic(pcap, group.getKey().number())) {
                for (RfcVector v : vectors) {
                    w.write(v.frame());
                }
            }
            List<Map<String, List<String>>> theirs = Tshark.fields(tshark, pcap);
            assertEquals(vectors.size(), theirs.size(), pcap + ": tshark read another number of frames");
            for (int i = 0; i < vectors.size(); i++) {
                fieldsCompared += compare(vectors.get(i), theirs.get(i), disagreements);
            }
        }
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " expected fields differ from tshark:\n  " + String.join("\n  ", disagreements));
        }
        int frames = byLink.values().stream().mapToInt(List::size).sum();
        assertTrue(frames >= 100, "expected at least 100 frame vectors, found " + frames);
        assertTrue(fieldsCompared >= 3 * frames, "only " + fieldsCompared + " fields compared over " + frames + " frames");
    }

    /** Compares one vector's expected fields; returns how many were compared. */
    private static int compare(RfcVector v, Map<String, List<String>> tshark, List<String> disagreements) {
        int compared = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = v.expect().path("fields").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            List<String> found = tshark.get(name);
            if (found == null) {
                disagreements.add(v + ": tshark has no field " + name + " (it has " + tshark.keySet() + ")");
                continue;
            }
            List<String> want = new ArrayList<>();
            List<String> got = new ArrayList<>();
            if (f.getValue().isArray()) {
                f.getValue().forEach(x -> want.add(expected(x)));
                found.forEach(t -> got.add(Tshark.canonical(t, isNumber(f.getValue().get(0)))));
            } else {
                want.add(expected(f.getValue()));
                got.add(Tshark.canonical(found.get(0), isNumber(f.getValue())));
            }
            if (!want.equals(got)) {
                disagreements.add(v + " " + name + ": vector " + want + ", tshark " + got);
            }
            compared++;
        }
        return compared;
    }

    /** A JSON number, or text written as "0x…", is a number; everything else is text. */
    private static boolean isNumber(JsonNode n) {
        return n != null && (n.isNumber() || n.asText().startsWith("0x"));
    }

    private static String expected(JsonNode n) {
        return isNumber(n) ? Long.toString(RfcVector.number(n)) : n.asText().toLowerCase();
    }
}
