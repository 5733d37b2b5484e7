package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.wire.Frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bodies of the round-trip properties, taking the built bytes as an argument so that
 * {@code PropertiesBiteTest} can hand them the output of a deliberately broken builder.
 */
final class FrameChecks {
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
        int quoted = 0;
        for (int i = 0; i < d.layerCount(); i++) {
            quoted += d.layer(i).name().startsWith("QUOTED_") ? 1 : 0;
        }
        assertEquals(intended.headers().size(), d.layerCount() - quoted, "layers read");
        assertTrue(ChecksumOracle.allVerify(built, intended), "a checksum does not verify");
    }
}
