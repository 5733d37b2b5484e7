package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dissector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builders and parsers of the hand-written family are inverses on valid input, for every
 * protocol: records survive build-then-parse, bytes survive parse-then-build, and what
 * the builders make is well-formed (no malformation, every checksum verifies).
 */
class RoundTripPropertiesTest {

    static Stream<String> protocols() {
        return FrameGens.byProtocol().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void parseOfBuildGivesBackTheRecords(String protocol) {
        FrameParser parser = new FrameParser();
        Property.check("parse(build(r)) == r for " + protocol, FrameGens.byProtocol().get(protocol), f -> {
            GeneratedFrame back = parser.parse(f.bytes());
            assertEquals(f.headers(), back.headers());
            assertEquals(f.payload(), back.payload());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void buildOfParseGivesBackTheBytes(String protocol) {
        FrameParser parser = new FrameParser();
        Property.check("build(parse(b)) == b for " + protocol, FrameGens.byProtocol().get(protocol), f -> {
            byte[] bytes = f.bytes();
            assertArrayEquals(bytes, parser.parse(bytes).bytes(), () -> "rebuilt " + Arrays.toString(bytes));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void builtFramesAreWellFormedAndTheirChecksumsVerify(String protocol) {
        Dissector dissector = new Dissector();
        Property.check("built frames are well-formed for " + protocol, FrameGens.byProtocol().get(protocol), f -> {
            byte[] bytes = f.bytes();
            DecodedFrame d = dissector.dissect(dev.wirecheck.wire.Frame.ethernet(bytes, 0, 1));
            assertEquals("[]", d.problems().toString());
            assertEquals(f.headers().size(), d.layerCount() - quotedLayers(d), "layers read");
            assertTrue(ChecksumOracle.allVerify(bytes, f), "checksums over " + f);
        });
    }

    private static int quotedLayers(DecodedFrame d) {
        int n = 0;
        for (int i = 0; i < d.layerCount(); i++) {
            if (d.layer(i).name().startsWith("QUOTED_")) {
                n++;
            }
        }
        return n;
    }
}
