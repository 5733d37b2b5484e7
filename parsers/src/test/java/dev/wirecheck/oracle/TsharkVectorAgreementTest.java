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
 * every field a frame vector expects must be what tshark reads from the same bytes, and
 * tshark's expert info must agree on which vectors are defective. The vectors' values come
 * from the RFC text; this test keeps a wrong hand-computed value, a field named otherwise
 * than Wireshark names it, or a "clean" frame that is not, from becoming the reference.
 */
class TsharkVectorAgreementTest {

    /** Checksums verified, and no TCP sequence analysis (vectors are unrelated frames, not a connection). */
    static final List<String> EXPERT_OPTIONS = List.of(
            "-o", "ip.check_checksum:TRUE",
            "-o", "tcp.check_checksum:TRUE",
            "-o", "udp.check_checksum:TRUE",
            "-o", "tcp.analyze_sequence_numbers:FALSE");

    /** tshark's expert severity "error" (PI_ERROR), and the groups that mean a defect in the bytes. */
    static final long SEVERITY_ERROR = 0x00800000L;
    static final List<Long> DEFECT_GROUPS = List.of(0x01000000L /* checksum */, 0x07000000L /* malformed */);

    private record Read(RfcVector vector, Map<String, List<String>> tshark) {}

    @Test
    void everyExpectedFieldIsWhatTsharkReads(@TempDir Path dir) throws Exception {
        List<Read> reads = readAll(dir);
        List<String> disagreements = new ArrayList<>();
        int fieldsCompared = 0;
        for (Read r : reads) {
            fieldsCompared += compareFields(r.vector(), r.tshark(), disagreements);
        }
        if (!disagreements.isEmpty()) {
            fail(disagreements.size() + " expected fields differ from tshark:\n  " + String.join("\n  ", disagreements));
        }
        assertTrue(reads.size() >= 100, "expected at least 100 frame vectors, found " + reads.size());
        // a guard against a vacuous comparison: the malformed DHCP/DNS vectors name few fields each
        assertTrue(fieldsCompared >= 2 * reads.size(), "only " + fieldsCompared + " fields compared over " + reads.size() + " frames");
    }

    /**
     * A vector expecting malformations names the expert info tshark raises for the same
     * defect ({@code expect.tshark_expert}); a vector expecting a clean frame gets no tshark
     * error, bad checksum or malformed-packet report.
     */
    @Test
    void tsharkFlagsTheDefectiveVectorsAndOnlyThose(@TempDir Path dir) throws Exception {
        List<Read> reads = readAll(dir);
        List<String> disagreements = new ArrayList<>();
        int confirmed = 0;
        for (Read r : reads) {
            JsonNode e = r.vector().expect();
            for (JsonNode name : e.path("tshark_expert")) {
                if (r.tshark().containsKey(name.asText())) {
                    confirmed++;
                } else {
                    disagreements.add(r.vector() + ": tshark raised no expert info " + name.asText()
                            + " (its messages: " + r.tshark().getOrDefault("_ws.expert.message", List.of()) + ")");
                }
            }
            if (e.path("clean").asBoolean(false) && defectReported(r.tshark())) {
                disagreements.add(r.vector() + " is expected clean, tshark reports "
                        + r.tshark().getOrDefault("_ws.expert.message", List.of()));
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(confirmed >= 40, "tshark confirmed only " + confirmed + " expected defects");
    }

    private static boolean defectReported(Map<String, List<String>> tshark) {
        for (String s : tshark.getOrDefault("_ws.expert.severity", List.of())) {
            Long n = Tshark.number(s);
            if (n != null && n >= SEVERITY_ERROR) {
                return true;
            }
        }
        for (String g : tshark.getOrDefault("_ws.expert.group", List.of())) {
            if (DEFECT_GROUPS.contains(Tshark.number(g))) {
                return true;
            }
        }
        return false;
    }

    /** Every frame vector written to one pcap per link type and read back by tshark. */
    private static List<Read> readAll(Path dir) throws Exception {
        Path tshark = ExternalTools.require("tshark", "tshark");
        Map<LinkType, List<RfcVector>> byLink = new EnumMap<>(LinkType.class);
        for (RfcVector v : RfcVectors.all()) {
            if (v.kind().equals("frame")) {
                byLink.computeIfAbsent(v.linkType(), k -> new ArrayList<>()).add(v);
            }
        }
        List<Read> out = new ArrayList<>();
        for (Map.Entry<LinkType, List<RfcVector>> group : byLink.entrySet()) {
            List<RfcVector> vectors = group.getValue();
            Path pcap = dir.resolve(group.getKey() + ".pcap");
            try (PcapWriter w = PcapWriter.atomic(pcap, group.getKey().number())) {
                for (RfcVector v : vectors) {
                    w.write(v.frame());
                }
            }
            List<Map<String, List<String>>> theirs = Tshark.fields(tshark, pcap, EXPERT_OPTIONS);
            assertEquals(vectors.size(), theirs.size(), pcap + ": tshark read another number of frames");
            for (int i = 0; i < vectors.size(); i++) {
                out.add(new Read(vectors.get(i), theirs.get(i)));
            }
        }
        return out;
    }

    /** Compares one vector's expected fields; returns how many were compared. */
    private static int compareFields(RfcVector v, Map<String, List<String>> tshark, List<String> disagreements) {
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
