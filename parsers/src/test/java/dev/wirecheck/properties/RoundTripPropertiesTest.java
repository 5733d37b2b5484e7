package dev.wirecheck.properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

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
        Property.check("parse(build(r)) == r for " + protocol, FrameGens.byProtocol().get(protocol),
                f -> FrameChecks.assertParsesBack(f, f.bytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void buildOfParseGivesBackTheBytes(String protocol) {
        Property.check("build(parse(b)) == b for " + protocol, FrameGens.byProtocol().get(protocol),
                f -> FrameChecks.assertRebuildsTheSameBytes(f.bytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void builtFramesAreWellFormedAndTheirChecksumsVerify(String protocol) {
        Property.check("built frames are well-formed for " + protocol, FrameGens.byProtocol().get(protocol),
                f -> FrameChecks.assertWellFormed(f, f.bytes()));
    }
}
