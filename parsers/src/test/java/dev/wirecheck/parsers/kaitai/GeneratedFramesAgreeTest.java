package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.HandFamily;
import dev.wirecheck.properties.FrameGens;
import dev.wirecheck.properties.Mutant;
import dev.wirecheck.properties.Property;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The hand-written and the Kaitai families read every generated valid frame the same way:
 * the same layers, the same value and offset for every field both name, no field only one
 * of them names, and no malformation in either (no allowlist entry needed, except for the
 * DHCP options and DNS record types the Kaitai adapters keep raw). Edited frames
 * may disagree only as the shipped differential allowlist explains.
 */
class GeneratedFramesAgreeTest {
    /** Protocols whose generated frames reach values the Kaitai adapters leave untyped. */
    private static final Set<String> KEEPS_VALUES_RAW = Set.of("dhcp", "dns+mdns");
    private final HandFamily hand = new HandFamily();
    private final KaitaiFamily kaitai = new KaitaiFamily();

    static Stream<String> protocols() {
        return FrameGens.byProtocol().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void handAndKaitaiAgreeOnEveryGeneratedFrame(String protocol) {
        Property.check("hand and Kaitai agree on " + protocol, FrameGens.byProtocol().get(protocol), f -> {
            Frame frame = f.frame();
            Dissection h = hand.dissect(frame);
            Dissection k = kaitai.dissect(frame);
            assertEquals(h.protocols(), k.protocols(), "layers");
            if (KEEPS_VALUES_RAW.contains(protocol)) {
                // The Kaitai adapters keep some DHCP options and DNS record types as raw bytes (allowlist entry
                // kaitai-keeps-some-dhcp-dns-values-raw): only that may differ, nothing the allowlist does not say.
                assertEquals(List.of(), Unexplained.of(protocol, h, k));
            } else {
                assertEquals(List.of(), dev.wirecheck.differential.DissectionComparator.compare(h, k), protocol);
            }
            assertEquals(List.of(), k.malformations(), "Kaitai malformations");
        });
    }

    /** Edited frames (bits flipped, cut, extended): the same fields and malformation categories per layer. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void handAndKaitaiAgreeOnEditedFrames(String protocol) {
        Property.check("hand and Kaitai agree on edited " + protocol, Mutant.of(FrameGens.byProtocol().get(protocol)),
                m -> assertEquals(List.of(), Unexplained.of(protocol, hand.dissect(m.frame()), kaitai.dissect(m.frame()))));
    }
}
