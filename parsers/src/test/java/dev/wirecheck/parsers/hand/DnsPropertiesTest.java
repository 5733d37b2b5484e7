package dev.wirecheck.parsers.hand;

import dev.wirecheck.differential.Allowlist;
import dev.wirecheck.differential.Differential;
import dev.wirecheck.parsers.ParserFamilies;
import dev.wirecheck.properties.DnsGens;
import dev.wirecheck.properties.Gen;
import dev.wirecheck.properties.Property;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Malformation;
import dev.wirecheck.wire.Problems;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the hand-written DNS parser and builder on generated messages
 * ({@link DnsGens}): read(build(r)) gives r back with no malformation and the same bytes;
 * frames carrying them (UDP 53, mDNS on 5353, TCP 53) are well-formed and read the same in
 * the hand, Kaitai and pcap4j families up to the shipped allowlist; and messages strewn with
 * random compression pointers (RFC 1035 §4.1.4) are read in bounded steps per name
 * ({@link DnsName#MAX_STEPS}), with malformations and nothing else.
 */
class DnsPropertiesTest {

    @Test
    void unicastMessagesReadBackAsBuilt() {
        Property.check("DNS read(build(r)) == r", DnsGens.unicast(), r -> assertReadsBack(r, false));
    }

    @Test
    void mdnsMessagesReadBackAsBuilt() {
        Property.check("mDNS read(build(r)) == r", DnsGens.mdns(), r -> assertReadsBack(r, true));
    }

    private static void assertReadsBack(DnsRepr r, boolean mdns) {
        byte[] built = r.toBytes();
        Dns dns = new Dns();
        Problems problems = new Problems();
        assertTrue(dns.read(built, 0, built.length, mdns, false, problems), "read");
        assertEquals("[]", problems.toString());
        DnsRepr back = dns.toRepr();
        assertEquals(r, back);
        assertArrayEquals(built, back.toBytes());
    }

    @Test
    void framesCarryingDnsAreWellFormedAndTheThreeFamiliesAgree() {
        Differential diff = new Differential(List.of(ParserFamilies.byName("hand"), ParserFamilies.byName("kaitai"),
                ParserFamilies.byName("pcap4j")), Allowlist.standard());
        Dissector dissector = new Dissector();
        Property.check("DNS frames well-formed, families agree", DnsGens.frame(), f -> {
            Frame frame = Frame.ethernet(f.bytes(), 0, 1);
            DecodedFrame d = dissector.dissect(frame);
            assertEquals("[]", d.problems().toString());
            assertNotNull(d.dns(), "a dns layer");
            List<String> unexplained = new ArrayList<>();
            for (Differential.Finding finding : diff.frame(frame)) {
                if (!finding.explained()) {
                    unexplained.add(finding.disagreement().describe());
                }
            }
            assertEquals(List.of(), unexplained);
        });
    }

    /** A generated message with 1 to 8 two-byte compression pointers written over it at random places. */
    private static Gen<byte[]> withRandomPointers() {
        return s -> {
            byte[] m = DnsGens.unicast().generate(s).toBytes();
            int pointers = 1 + (int) s.draw(7);
            for (int i = 0; i < pointers && m.length > 13; i++) {
                int at = 12 + (int) s.draw(m.length - 14);
                int target = (int) s.draw(0x3fff);
                m[at] = (byte) (0xc0 | target >>> 8);
                m[at + 1] = (byte) target;
            }
            return m;
        };
    }

    @Test
    void randomCompressionPointersFinishInBoundedStepsWithOnlyMalformations() {
        Dns dns = new Dns();
        Property.check("DNS with random pointers is bounded", withRandomPointers(), m -> {
            for (boolean mdns : new boolean[] {false, true}) {
                long steps = dns.names().steps();
                long reads = dns.names().reads();
                Problems problems = new Problems();
                dns.read(m, 0, m.length, mdns, false, problems);
                long names = dns.names().reads() - reads;
                assertTrue(dns.names().steps() - steps <= names * DnsName.MAX_STEPS,
                        "steps " + (dns.names().steps() - steps) + " for " + names + " names");
                for (int i = 0; i < problems.size(); i++) {
                    Malformation p = problems.get(i);
                    assertTrue(p.offset() >= 0 && p.offset() <= m.length, "offset inside the message: " + p);
                }
            }
            // the whole frame path too: no exception, a dissection comes out
            assertNotNull(new Dissector().dissect(Frame.ethernet(AppFrames.udp(5300, Dns.PORT, Arrays.copyOf(m, m.length)),
                    0, 1)).toDissection());
        });
    }
}
