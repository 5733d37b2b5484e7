package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.Icmpv6Repr;
import dev.wirecheck.parsers.hand.IgmpRepr;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.parsers.kaitai.KaitaiFamily;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Malformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flipping, truncating or extending any generated frame yields nothing but malformations
 * (no exception, no adapter failure, every malformation pointing into the frame), and the
 * defects that the RFCs make detectable are detected.
 */
class MutationPropertiesTest {
    /** Messages whose checksum covers all of them, by the layer that reports it. */
    private static final Map<Class<?>, String> CHECKSUMMED = Map.of(TcpRepr.class, "tcp", Icmpv6Repr.class, "icmpv6",
            Icmpv4Repr.class, "icmp", IgmpRepr.class, "igmp");

    private final Dissector dissector = new Dissector();
    private final KaitaiFamily kaitai = new KaitaiFamily();

    static Stream<String> protocols() {
        return FrameGens.byProtocol().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void editedFramesGiveOnlyMalformationsInsideTheFrame(String protocol) {
        Property.check("edited " + protocol + " frames give only malformations",
                Mutant.of(FrameGens.byProtocol().get(protocol)), m -> {
                    Frame frame = m.frame();
                    Dissection hand = dissector.dissect(frame).toDissection();
                    Dissection k = kaitai.dissect(frame);
                    assertFalse(k.hasMalformation(KaitaiFamily.ADAPTER_FAILURE.id()), k.malformations().toString());
                    assertPointsInto(hand.malformations(), m.bytes().length);
                    assertPointsInto(k.malformations(), m.bytes().length);
                });
    }

    private static void assertPointsInto(List<Malformation> found, int length) {
        for (Malformation x : found) {
            assertTrue(x.offset() >= 0 && x.offset() <= length, x + " outside a frame of " + length + " bytes");
        }
    }

    /** Every IP length field says more than is there, so any cut inside the content is a malformation. */
    @Test
    void cuttingAFrameShortOfItsContentIsAlwaysReported() {
        Property.check("a cut inside the content is reported", s -> {
            GeneratedFrame f = FrameGens.any().generate(s);
            int keep = (int) s.draw(f.contentLength() - 1);
            return new Mutant(f, Arrays.copyOf(f.bytes(), keep), "cut to " + keep);
        }, m -> {
            Frame frame = m.frame();
            assertFalse(dissector.dissect(frame).problems().isEmpty(), "hand family found nothing");
            assertFalse(kaitai.dissect(frame).malformations().isEmpty(), "Kaitai family found nothing");
        });
    }

    /** Trailing bytes after the IP packet or ARP message (an Ethernet trailer) change nothing. */
    @Test
    void appendingBytesChangesNoFieldAndAddsNoMalformation() {
        Property.check("a trailer changes nothing", s -> {
            GeneratedFrame f = FrameGens.any().generate(s);
            byte[] b = f.bytes();
            byte[] more = Gens.bytes(1, 64).generate(s);
            byte[] out = Arrays.copyOf(b, b.length + more.length);
            System.arraycopy(more, 0, out, b.length, more.length);
            return new Mutant(f, out, "append " + more.length);
        }, m -> {
            Dissection before = Dissector.describe(m.original().frame());
            Dissection after = Dissector.describe(m.frame());
            assertEquals(before.layers(), after.layers());
            assertEquals(List.of(), after.malformations());
        });
    }

    /**
     * The Internet checksum detects every single-bit error in the bytes it covers (RFC
     * 1071 §2(B): one's-complement sums change with any one bit): a bit flipped in an IPv4
     * header (past the version/IHL byte, which moves the covered range), or anywhere in an
     * unfragmented TCP segment, ICMP, ICMPv6 or IGMP message, is reported on that layer.
     * (UDP is left out: over IPv4 a flip can turn the checksum into 0, "no checksum".)
     */
    @Test
    void aFlippedBitUnderAChecksumIsAlwaysReportedOnItsLayer() {
        Map<String, Gen<GeneratedFrame>> all = FrameGens.byProtocol();
        Gen<GeneratedFrame> checksummed = Gens.oneOf(all.get("tcp"), all.get("icmpv4"), all.get("icmpv6"),
                all.get("ndp"), all.get("mld"), all.get("igmp"), all.get("ipv4+options"));
        Property.check("a flipped bit under a checksum is reported", s -> {
            GeneratedFrame f = checksummed.filter(x -> !FrameGens.carriesFragment(x)).generate(s);
            List<int[]> ranges = new ArrayList<>();
            List<String> layers = new ArrayList<>();
            int at = 0;
            for (HeaderRepr h : f.headers()) {
                if (h instanceof Ipv4Repr) {
                    ranges.add(new int[] {at + 1, at + h.headerLength()});
                    layers.add("ip");
                } else if (CHECKSUMMED.containsKey(h.getClass())) {
                    ranges.add(new int[] {at, f.contentLength()});
                    layers.add(CHECKSUMMED.get(h.getClass()));
                }
                at += h.headerLength();
            }
            Property.assume(!ranges.isEmpty());
            int which = (int) s.draw(ranges.size() - 1);
            int[] range = ranges.get(which);
            byte[] b = f.bytes();
            int pos = range[0] + (int) s.draw(range[1] - range[0] - 1);
            int bit = (int) s.draw(7);
            b[pos] ^= (byte) (0x80 >>> bit);
            return new Mutant(f, b, layers.get(which) + ": flip byte " + pos + " bit " + bit);
        }, m -> {
            String layer = m.edits().substring(0, m.edits().indexOf(':'));
            DecodedFrame d = dissector.dissect(m.frame());
            boolean reported = false;
            for (int i = 0; i < d.problems().size(); i++) {
                reported |= d.problems().get(i).layer().equals(layer);
            }
            assertTrue(reported, "no " + layer + " malformation, got " + d.problems());
        });
    }
}
