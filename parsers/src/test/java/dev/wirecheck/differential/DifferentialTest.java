package dev.wirecheck.differential;

import dev.wirecheck.parsers.ParserFamilies;
import dev.wirecheck.parsers.kaitai.SyntheticFrames;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The differential's bookkeeping: which entry explained what, and which entries are stale. */
class DifferentialTest {
    /** pcap4j has no IGMP class: on an IGMP frame the igmp fields are missing on its side. */
    private static final String ALLOWLIST = """
            {"entries": [
              {"id": "igmp", "reason": "pcap4j has no IGMP class", "families": ["hand", "pcap4j"],
               "kinds": ["FIELD_MISSING"], "layers": ["igmp"], "subjects": ["igmp.*"]},
              {"id": "never", "reason": "matches nothing on these frames", "families": ["hand", "pcap4j"],
               "kinds": ["VALUE_DIFFERS"], "layers": ["arp"], "subjects": ["arp.opcode"]},
              {"id": "other-pair", "reason": "about a pair this run does not compare", "families": ["kaitai", "pcap4j"],
               "kinds": ["VALUE_DIFFERS"], "layers": ["*"], "subjects": ["*"]}
            ]}""";

    @Test
    void findingsNameTheEntryThatExplainsThemAndUnusedEntriesAreStale() throws IOException {
        Allowlist list = Allowlist.parse(new ByteArrayInputStream(ALLOWLIST.getBytes(StandardCharsets.UTF_8)));
        Differential diff = new Differential(List.of(ParserFamilies.byName("hand"), ParserFamilies.byName("pcap4j")), list);
        Frame igmp = SyntheticFrames.all().get("igmpv2-leave");
        List<Differential.Finding> findings = diff.frame(igmp);
        assertFalse(findings.isEmpty());
        for (Differential.Finding f : findings) {
            assertTrue(f.explained(), f.toString());
            assertEquals("igmp", f.explainedBy().id());
        }
        assertEquals((long) findings.size(), diff.hits().get("igmp"));
        assertEquals(List.of("never"), diff.stale().stream().map(Allowlist.Entry::id).toList());
    }

    @Test
    void aDifferentialNeedsTwoFamilies() {
        assertThrows(IllegalArgumentException.class,
                () -> new Differential(List.of(ParserFamilies.byName("hand")), Allowlist.standard()));
    }
}
