package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.wire.Frame;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bodies of the round-trip properties, taking the built bytes as an argument so that
 * {@code PropertiesBiteTest} can hand them the output of a deliberately broken builder.
 */
final class FrameChecks {
    private static final Set<String> APPLICATION_LAYERS = Set.of("DHCP", "DNS");

    private FrameChecks() {}

    /** parse(build(r)) == r: the records and the payload read back from {@code built}. */
    static void assertParsesBack(GeneratedFrame intended, byte[] built) {
        GeneratedFrame back = new FrameParser().parse(built);
        assertEquals(intended.headers(), back.headers());
        assertEquals(intended.payload(), back.payload());
    }

    /** build(parse(b)) == b. */
    static void assertRebuildsTheSameBytes(byte[] bytes) {
        assertArrayEquals(bytes, new FrameParser().parse(bytes).bytes());
    }

    /**
     * The hand-written dissector reads every header of {@code intended} from {@code built}
     * (quoted datagrams inside ICMP errors are extra layers) with no malformation, and
     * every checksum verifies by {@link ChecksumOracle}.
     */
    static void assertWellFormed(GeneratedFrame intended, byte[] built) {
        DecodedFrame d = new Dissector().dissect(Frame.ethernet(built, 0, 1));
        assertEquals("[]", d.problems().toString());
        int notHeaders = 0;
        for (int i = 0; i < d.layerCount(); i++) {
            String name = d.layer(i).name();
            // quoted datagrams inside ICMP errors, and DHCP or DNS messages, are carried in a payload, not built as headers
            notHeaders += name.startsWith("QUOTED_") || APPLICATION_LAYERS.contains(name) ? 1 : 0;
        }
        assertEquals(intended.headers().size(), d.layerCount() - notHeaders, "layers read");
        assertTrue(ChecksumOracle.allVerify(built, intended), "a checksum does not verify");
    }
}
