package dev.wirecheck.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Malformation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs every vector in rfc-vectors/ through the hand-written dissector (format: rfc-vectors/README.md). */
class RfcVectorsTest {

    @TestFactory
    Stream<DynamicTest> everyVectorHolds() throws IOException {
        return RfcVectors.all().stream().map(v -> DynamicTest.dynamicTest(v.toString(), v.file().toUri(), () -> check(v)));
    }

    @Test
    void vectorIdsAreUniqueAndCiteTheirSource() throws IOException {
        Set<String> ids = new HashSet<>();
        for (RfcVector v : RfcVectors.all()) {
            assertTrue(ids.add(v.id()), "duplicate vector id " + v.id());
            assertTrue(v.rfc() > 0, v.id() + " cites no RFC number");
            assertFalse(v.section().isBlank(), v.id() + " cites no section");
            assertTrue(v.file().getFileName().toString().equals(v.id() + ".json"),
                    v.file() + " should be named after its id " + v.id());
        }
    }

    static void check(RfcVector v) {
        switch (v.kind()) {
            case "frame" -> checkFrame(v);
            case "checksum-sum" -> assertEquals(RfcVector.number(v.expect().get("sum")),
                    Checksum.fold(Checksum.add(0, v.bytes(), 0, v.bytes().length)), v + ": one's complement sum");
            case "checksum" -> assertEquals(RfcVector.number(v.expect().get("checksum")),
                    Checksum.compute(v.bytes(), 0, v.bytes().length), v + ": checksum");
            case "checksum-update" -> assertEquals(RfcVector.number(v.expect().get("checksum")),
                    Checksum.update((int) RfcVector.number(v.raw().get("old_checksum")),
                            (int) RfcVector.number(v.raw().get("old_word")),
                            (int) RfcVector.number(v.raw().get("new_word"))), v + ": incremental update");
            default -> fail(v + ": unknown kind " + v.kind());
        }
    }

    static void checkFrame(RfcVector v) {
        Dissection d = new Dissector().dissect(v.frame()).toDissection();
        JsonNode e = v.expect();
        String context = v + " dissected as " + d.protocols() + " with " + d.malformations();
        for (Iterator<Map.Entry<String, JsonNode>> it = e.path("fields").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            List<Field> found = d.fields(f.getKey());
            assertFalse(found.isEmpty(), context + ": no field " + f.getKey());
            if (f.getValue().isArray()) {
                List<String> want = new ArrayList<>();
                f.getValue().forEach(x -> want.add(canonical(x, found.get(0))));
                assertEquals(want, found.stream().map(Field::canonical).toList(), context + ": " + f.getKey());
            } else {
                assertEquals(canonical(f.getValue(), found.get(0)), found.get(0).canonical(), context + ": " + f.getKey());
            }
        }
        for (JsonNode code : e.path("malformations")) {
            assertTrue(d.hasMalformation(code.asText()), context + ": expected malformation " + code.asText());
        }
        if (e.path("clean").asBoolean(false)) {
            assertEquals(List.<Malformation>of(), d.malformations(), context + ": expected no malformations");
        }
        for (JsonNode layer : e.path("layers")) {
            assertTrue(d.has(layer.asText()), context + ": expected layer " + layer.asText());
        }
        for (JsonNode layer : e.path("absent")) {
            assertFalse(d.has(layer.asText()), context + ": layer " + layer.asText() + " should not be dissected");
        }
    }

    /** Expected values: numbers (or "0x…" for numeric fields) compare numerically, the rest as text. */
    private static String canonical(JsonNode expected, Field actual) {
        if (actual.isNumber()) {
            return Long.toString(RfcVector.number(expected));
        }
        return expected.asText();
    }
}
