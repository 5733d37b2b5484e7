package dev.wirecheck.differential;

import dev.wirecheck.parsers.ParserFamilies;
import dev.wirecheck.properties.FrameGens;
import dev.wirecheck.properties.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Generated valid frames of every protocol read the same in the hand-written, Kaitai and
 * pcap4j families, up to what the shipped allowlist explains (pcap4j's known limits, each
 * entry with its reason): zero unexplained disagreements. {@link ThreeFamiliesAgreeTest}
 * does the same over the captures and vectors; this reaches the option kinds, tag stacks and
 * extension chains the captures never show.
 */
class GeneratedFramesPcap4jAgreeTest {
    private final Differential differential = new Differential(List.of(ParserFamilies.byName("hand"),
            ParserFamilies.byName("kaitai"), ParserFamilies.byName("pcap4j")), Allowlist.standard());

    static Stream<String> protocols() {
        return FrameGens.byProtocol().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void threeFamiliesAgreeOnEveryGeneratedFrame(String protocol) {
        Property.check("hand, Kaitai and pcap4j agree on " + protocol, FrameGens.byProtocol().get(protocol), f -> {
            List<String> unexplained = new ArrayList<>();
            for (Differential.Finding finding : differential.frame(f.frame())) {
                if (!finding.explained()) {
                    unexplained.add(finding.disagreement().describe());
                }
            }
            assertEquals(List.of(), unexplained, protocol);
        });
    }
}
