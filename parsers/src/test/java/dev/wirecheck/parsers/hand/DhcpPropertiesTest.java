package dev.wirecheck.parsers.hand;

import dev.wirecheck.differential.Allowlist;
import dev.wirecheck.differential.Differential;
import dev.wirecheck.parsers.ParserFamilies;
import dev.wirecheck.properties.DhcpGens;
import dev.wirecheck.properties.Property;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Problems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the hand-written DHCP parser and builder on generated messages
 * ({@link DhcpGens}): read(build(r)) gives r back, long options split per RFC 3396 and joined
 * again, with no malformation and the same bytes; frames carrying them are well-formed and read
 * the same in the hand, Kaitai and pcap4j families up to the shipped allowlist.
 */
class DhcpPropertiesTest {

    @Test
    void messagesReadBackAsBuilt() {
        Property.check("DHCP read(build(r)) == r", DhcpGens.message(), r -> {
            byte[] built = r.toBytes();
            Dhcp dhcp = new Dhcp();
            Problems problems = new Problems();
            assertTrue(dhcp.read(built, 0, built.length, problems), "read");
            assertEquals("[]", problems.toString());
            DhcpRepr back = dhcp.toRepr();
            assertEquals(r, back);
            assertArrayEquals(built, back.toBytes());
        });
    }

    @Test
    void framesCarryingDhcpAreWellFormedAndTheThreeFamiliesAgree() {
        Differential diff = new Differential(List.of(ParserFamilies.byName("hand"), ParserFamilies.byName("kaitai"),
                ParserFamilies.byName("pcap4j")), Allowlist.standard());
        Dissector dissector = new Dissector();
        Property.check("DHCP frames well-formed, families agree", DhcpGens.frame(), f -> {
            Frame frame = Frame.ethernet(f.bytes(), 0, 1);
            DecodedFrame d = dissector.dissect(frame);
            assertEquals("[]", d.problems().toString());
            assertNotNull(d.dhcp(), "a dhcp layer");
            List<String> unexplained = new ArrayList<>();
            for (Differential.Finding finding : diff.frame(frame)) {
                if (!finding.explained()) {
                    unexplained.add(finding.disagreement().describe());
                }
            }
            assertEquals(List.of(), unexplained);
        });
    }
}
