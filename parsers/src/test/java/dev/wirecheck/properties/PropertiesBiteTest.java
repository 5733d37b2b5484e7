package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.Emit;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.IpRepr;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.parsers.hand.VlanRepr;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Octets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The properties bite: with a builder broken on purpose, a property fails, and the
 * counterexample shrinks to the smallest frame that shows the bug. Fixed seeds keep the
 * expected shrunk values exact; the configured seed runs too.
 */
class PropertiesBiteTest {
    private static final long[] SEEDS = {1, 0x5eed, Property.configuredSeed()};

    /**
     * A TCP builder that leaves the last byte of an odd-length segment out of the checksum
     * (RFC 1071 §4.1 pads it with a zero byte instead): wrong only when that byte is not 0.
     * The smallest frame that shows it has one payload byte, 0x01, and no TCP options.
     */
    @Test
    void tcpChecksumThatSkipsAnOddLastByteIsCaughtAndShrunkToOnePayloadByte() {
        for (long seed : SEEDS) {
            Property p = Property.named("built TCP frames are well-formed (broken builder)").seed(seed);
            PropertyFailure failure = assertThrows(PropertyFailure.class, () -> p.forAll(FrameGens.byProtocol().get("tcp"),
                    f -> FrameChecks.assertWellFormed(f, withBrokenTcp(f).bytes())));
            GeneratedFrame shrunk = (GeneratedFrame) failure.shrunk();
            assertEquals(Octets.of((byte) 1), shrunk.payload(), "seed " + seed + ": " + failure.getMessage());
            TcpRepr tcp = FrameGens.find(shrunk, TcpRepr.class);
            assertEquals(List.of(), tcp.options(), failure.getMessage());
            assertEquals(3, shrunk.headers().size(), "no VLAN tag needed: " + failure.getMessage());
            assertTrue(failure.getMessage().contains("-Dwirecheck.seed=" + Property.hex(seed)), failure.getMessage());
            assertTrue(failure.getCause().getMessage().contains("tcp:bad-checksum")
                    || failure.getCause().getMessage().contains("TCP checksum"), failure.getCause().getMessage());
        }
    }

    /**
     * A VLAN builder that drops the drop-eligible bit: parse(build(r)) == r fails, and the
     * shrunk frame is the simplest tagged frame with DEI set: one tag, priority and VLAN
     * id 0, carrying ARP.
     */
    @Test
    void vlanBuilderThatDropsTheDeiBitIsCaughtAndShrunkToOneTagWithOnlyDeiSet() {
        for (long seed : SEEDS) {
            Property p = Property.named("parse(build(r)) == r (broken VLAN builder)").seed(seed);
            PropertyFailure failure = assertThrows(PropertyFailure.class, () -> p.forAll(FrameGens.any(),
                    f -> FrameChecks.assertParsesBack(f, withBrokenVlans(f).bytes())));
            GeneratedFrame shrunk = (GeneratedFrame) failure.shrunk();
            assertEquals(new VlanRepr(0, true, 0, 0x0806), shrunk.headers().get(1), failure.getMessage());
            assertEquals(3, shrunk.headers().size(), failure.getMessage());
        }
    }

    private static GeneratedFrame withBrokenTcp(GeneratedFrame f) {
        for (int i = 0; i < f.headers().size(); i++) {
            if (f.headers().get(i) instanceof TcpRepr tcp) {
                return f.withHeader(i, new OddByteForgettingTcp(tcp));
            }
        }
        return f;
    }

    private static GeneratedFrame withBrokenVlans(GeneratedFrame f) {
        GeneratedFrame out = f;
        for (int i = 0; i < f.headers().size(); i++) {
            if (f.headers().get(i) instanceof VlanRepr v) {
                out = out.withHeader(i, new VlanRepr(v.priority(), false, v.id(), v.etherType()));
            }
        }
        return out;
    }

    /** The planted bug: the checksum is summed over an even number of bytes only. */
    private record OddByteForgettingTcp(TcpRepr inner) implements HeaderRepr {
        @Override
        public int headerLength() {
            return inner.headerLength();
        }

        @Override
        public void emit(byte[] out, int at, int payloadLength, Emit emit) {
            inner.emit(out, at, payloadLength, emit);
        }

        @Override
        public void seal(byte[] out, int at, int length, IpRepr ip, int ipAt, Emit emit) {
            long pseudo = ip.pseudoHeaderSum(out, ipAt, IpProtocols.TCP, length);
            Bytes.put16(out, at + 16, 0);
            Bytes.put16(out, at + 16, Checksum.compute(pseudo, out, at, length & ~1));
        }
    }
}
