package dev.wirecheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wirecheck.report.JsonReport;
import dev.wirecheck.report.TerminalReport;
import dev.wirecheck.rules.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsTest {
    /** A MUST failure (unanswered ping) and a SHOULD failure (probe with a non-zero target MAC). */
    static CheckResult twoFailures() throws Exception {
        Lab lab = Lab.withDut().ping4(1)
                .dutTo(dev.wirecheck.wire.MacAddress.BROADCAST, new dev.wirecheck.parsers.hand.ArpRepr(1, Lab.DUT_MAC,
                        dev.wirecheck.wire.IpAddresses.v4("0.0.0.0"), dev.wirecheck.wire.MacAddress.BROADCAST, Lab.DUT4))
                .end();
        return CheckerTest.check(lab, CheckOptions.DEFAULT_DEADLINE);
    }

    @Test
    void terminalSummaryListsMustFailuresFirstWithTheirFrames() throws Exception {
        String text = TerminalReport.render(twoFailures());
        int must = text.indexOf("FAIL RFC1122-3.2.2.6-echo-reply [MUST]");
        int should = text.indexOf("FAIL RFC5227-2.1.1-probe-target-hardware [SHOULD]");
        assertTrue(must > 0 && should > must, text);
        assertTrue(text.contains("frame 4: no echo reply within 1 s of frame 4"), text);
        assertTrue(text.contains("1 MUST-level rule fail"), text);
        assertTrue(text.contains("DUT: 02:00:00:00:00:10"), text);
    }

    @Test
    void jsonReportCarriesRulesVerdictsHighlightsAndFrameBytes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.json");
        new JsonReport().write(twoFailures(), out);
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        assertTrue(j.get("mandatory_failed").asBoolean());
        assertEquals("02:00:00:00:00:10", j.get("dut").get("mac").asText());
        JsonNode probe = null;
        for (JsonNode v : j.get("verdicts")) {
            if (v.get("rule").asText().equals("RFC5227-2.1.1-probe-target-hardware")) {
                probe = v;
            }
        }
        assertEquals("FAIL", probe.get("outcome").asText());
        // ARP target hardware address: Ethernet 14 + ARP offset 18
        assertEquals(32, probe.get("highlights").get(0).get("offset").asInt());
        assertEquals(6, probe.get("highlights").get(0).get("length").asInt());
        JsonNode frame5 = j.get("frames").get(4);
        assertEquals(5, frame5.get("number").asInt());
        assertTrue(frame5.get("hex").asText().startsWith("ffffffffffff020000000010"), frame5.toString());
        boolean listed = false;
        for (JsonNode r : j.get("rules")) {
            listed |= r.get("id").asText().equals("RFC1122-3.2.2.6-echo-reply") && r.get("level").asText().equals("MUST")
                    && r.get("outcome").asText().equals("FAIL");
        }
        assertTrue(listed);
    }
}
