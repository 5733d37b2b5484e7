package dev.wirecheck.differential;

import dev.wirecheck.differential.Disagreement.Kind;
import dev.wirecheck.parsers.ParserFamilies;
import dev.wirecheck.parsers.hand.HandFamily;
import dev.wirecheck.parsers.kaitai.SyntheticFrames;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Layer;
import dev.wirecheck.wire.Malformation;
import dev.wirecheck.wire.MalformationCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comparator catches each kind of planted disagreement, with both sides' values and
 * offsets, and the allowlist does not explain a planted one; malformed allowlists are refused.
 */
class DissectionComparatorTest {
    private static final MalformationCode PLANTED_TRUNCATION = Code.of("test", "planted-truncation",
            MalformationCode.Category.TRUNCATED);
    private static final MalformationCode PLANTED_CHECKSUM = Code.of("test", "planted-checksum",
            MalformationCode.Category.BAD_CHECKSUM);

    private final Frame frame = SyntheticFrames.all().get("ipv4-tcp-options");
    private final Dissection hand = new HandFamily().dissect(frame);

    @Test
    void identicalDissectionsAgree() {
        assertEquals(List.of(), DissectionComparator.compare(hand, new HandFamily().dissect(frame)));
    }

    @Test
    void aPlantedValueIsReportedWithBothSidesAndOffsets() {
        Dissection other = planted(f -> f.name().equals("tcp.seq_raw") ? Field.dec(f.name(), 42, f.offset(), f.length()) : f);
        List<Disagreement> ds = DissectionComparator.compare(hand, other);
        assertEquals(1, ds.size(), ds.toString());
        Disagreement d = ds.get(0);
        assertEquals(Kind.VALUE_DIFFERS, d.kind());
        assertEquals("tcp.seq_raw", d.subject());
        assertEquals("tcp", d.layer());
        assertEquals(hand.field("tcp.seq_raw").canonical(), d.left().value());
        assertEquals("42", d.right().value());
        assertEquals(hand.field("tcp.seq_raw").offset(), d.left().offset());
        assertEquals("planted", d.right().family());
        assertNull(Allowlist.standard().explain(d, hand, other), "a planted disagreement is not explained");
    }

    @Test
    void aValueOfAnotherTypeDiffersEvenWhenItPrintsTheSame() {
        Dissection other = planted(f -> f.name().equals("tcp.srcport")
                ? Field.text(f.name(), f.canonical(), f.offset(), f.length()) : f);
        assertEquals(List.of(Kind.VALUE_DIFFERS), kinds(DissectionComparator.compare(hand, other)));
    }

    @Test
    void aFieldReadElsewhereIsAnOffsetDisagreement() {
        Dissection other = planted(f -> f.name().equals("ip.ttl") ? Field.dec(f.name(), f.asLong(), f.offset() + 1, 1) : f);
        List<Disagreement> ds = DissectionComparator.compare(hand, other);
        assertEquals(List.of(Kind.OFFSET_DIFFERS), kinds(ds));
        assertEquals(ds.get(0).left().offset() + 1, ds.get(0).right().offset());
    }

    @Test
    void aFieldOnlyOneFamilyProducesIsMissingInTheOther() {
        Dissection other = planted(f -> f.name().equals("tcp.options.mss_val") ? null : f);
        List<Disagreement> ds = DissectionComparator.compare(hand, other);
        assertEquals(List.of(Kind.FIELD_MISSING), kinds(ds));
        assertEquals(Disagreement.Side.ABSENT, ds.get(0).right().value());
        assertEquals("1460", ds.get(0).left().value());
        // and the other way round
        assertEquals(List.of(Kind.FIELD_MISSING), kinds(DissectionComparator.compare(other, hand)));
    }

    @Test
    void oneRejectingWhatTheOtherAcceptsAndDifferentCategoriesAreReported() {
        Dissection truncated = withMalformations(hand, List.of(new Malformation("tcp", 40, PLANTED_TRUNCATION, "planted")));
        List<Disagreement> ds = DissectionComparator.compare(hand, truncated);
        assertEquals(List.of(Kind.ACCEPT_REJECT), kinds(ds));
        assertEquals("accepted", ds.get(0).left().value());
        assertEquals(40, ds.get(0).right().offset());
        Dissection checksum = withMalformations(hand, List.of(new Malformation("tcp", 50, PLANTED_CHECKSUM, "planted")));
        assertEquals(List.of(Kind.MALFORMATIONS_DIFFER), kinds(DissectionComparator.compare(truncated, checksum)));
    }

    @Test
    void everyOtherDissectionIsComparedWithTheFirst() {
        Dissection changed = planted(f -> f.name().equals("ip.ttl") ? Field.dec(f.name(), 1, f.offset(), 1) : f);
        List<Disagreement> ds = DissectionComparator.compare(List.of(hand, ParserFamilies.byName("kaitai").dissect(frame), changed));
        assertEquals(1, ds.size(), ds.toString());
        assertEquals("hand", ds.get(0).left().family());
        assertThrows(IllegalArgumentException.class, () -> DissectionComparator.compare(List.of(hand)));
    }

    @Test
    void anAllowlistEntryExplainsOnlyWithinItsScope() throws Exception {
        Allowlist list = Allowlist.parse(json("""
                {"entries": [{"id": "ttl", "reason": "test", "families": ["hand", "planted"], "kinds": ["VALUE_DIFFERS"],
                  "layers": ["ip"], "subjects": ["ip.t*"], "when": ["ip.proto=6"]}]}"""));
        Dissection other = planted(f -> f.name().equals("ip.ttl") ? Field.dec(f.name(), 1, f.offset(), 1) : f);
        Disagreement d = DissectionComparator.compare(hand, other).get(0);
        assertNotNull(list.explain(d, hand, other));
        Allowlist otherCondition = Allowlist.parse(json("""
                {"entries": [{"id": "ttl", "reason": "test", "families": ["hand", "planted"], "kinds": ["VALUE_DIFFERS"],
                  "layers": ["ip"], "subjects": ["ip.ttl"], "when": ["ip.proto=17"]}]}"""));
        assertNull(otherCondition.explain(d, hand, other), "the frame is TCP, not UDP");
        Allowlist otherPair = Allowlist.parse(json("""
                {"entries": [{"id": "ttl", "reason": "test", "families": ["hand", "kaitai"], "kinds": ["VALUE_DIFFERS"],
                  "layers": ["*"], "subjects": ["*"]}]}"""));
        assertNull(otherPair.explain(d, hand, other));
    }

    @Test
    void anAllowlistEntryWithoutReasonOrScopeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Allowlist.parse(json("""
                {"entries": [{"id": "x", "families": ["hand", "pcap4j"], "kinds": ["FIELD_MISSING"], "layers": ["*"], "subjects": ["*"]}]}""")));
        assertThrows(IllegalArgumentException.class, () -> Allowlist.parse(json("""
                {"entries": [{"id": "x", "reason": "r", "families": ["hand", "pcap4j"], "kinds": ["FIELD_MISSING"], "layers": ["*"]}]}""")));
        assertThrows(IllegalArgumentException.class, () -> Allowlist.parse(json("""
                {"entries": [{"id": "x", "reason": "r", "families": ["hand"], "kinds": ["FIELD_MISSING"], "layers": ["*"], "subjects": ["*"]}]}""")));
    }

    @Test
    void theShippedAllowlistGivesEveryEntryAReason() {
        Allowlist list = Allowlist.standard();
        assertTrue(list.entries().size() >= 5, list.entries().toString());
        list.entries().forEach(e -> assertTrue(e.reason().length() > 40, e.id() + " needs a real reason"));
    }

    private static ByteArrayInputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Kind> kinds(List<Disagreement> ds) {
        return ds.stream().map(Disagreement::kind).toList();
    }

    /** The hand dissection as family "planted", each field passed through the edit (null drops it). */
    private Dissection planted(UnaryOperator<Field> edit) {
        List<Layer> layers = new ArrayList<>();
        for (Layer l : hand.layers()) {
            List<Field> fields = new ArrayList<>();
            for (Field f : l.fields()) {
                Field g = edit.apply(f);
                if (g != null) {
                    fields.add(g);
                }
            }
            layers.add(new Layer(l.name(), l.offset(), l.length(), fields));
        }
        return new Dissection("planted", hand.frameNumber(), layers, hand.malformations());
    }

    private static Dissection withMalformations(Dissection d, List<Malformation> ms) {
        return new Dissection("planted", d.frameNumber(), d.layers(), ms);
    }
}
