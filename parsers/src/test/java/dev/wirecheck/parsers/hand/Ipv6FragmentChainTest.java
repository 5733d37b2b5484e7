package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Malformation;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether an IPv6 packet is a fragment, when its chain holds more than one fragment header.
 * RFC 8200 §4.5: a fragment header with M set or a non-zero offset makes the packet a
 * fragment, whose upper-layer checksum covers bytes it does not hold; RFC 6946 §4: an atomic
 * fragment (offset 0, M clear) is processed like an unfragmented packet.
 */
class Ipv6FragmentChainTest {
    private static final String ETHERNET = "020000000001" + "020000000010" + "86dd";
    /** 2001:db8::1 to 2001:db8::2, hop limit 64; the payload length and next header are filled in. */
    private static final String ADDRESSES = "20010db8000000000000000000000001" + "20010db8000000000000000000000002";
    /** An ICMPv6 echo request (RFC 4443 §4.1), id 1, seq 1, 4 data bytes, checksum field deliberately 0x0000. */
    private static final String ICMPV6_ECHO = "8000" + "0000" + "0001" + "0001" + "61626364";

    private static Frame frame(String... fragmentHeaders) {
        String chain = String.join("", fragmentHeaders) + ICMPV6_ECHO;
        int payload = chain.length() / 2;
        int first = fragmentHeaders.length == 0 ? 58 : 44;
        String ipv6 = "60000000" + String.format("%04x", payload) + String.format("%02x", first) + "40" + ADDRESSES;
        return Frame.ethernet(HexFormat.of().parseHex(ETHERNET + ipv6 + chain), 0, 1);
    }

    /** A fragment header (RFC 8200 §4.5): next header, reserved, offset in 8-octet units with M, identification. */
    private static String fragment(int next, int offset, boolean more) {
        return String.format("%02x00%04x%08x", next, offset << 3 | (more ? 1 : 0), 0x1234);
    }

    private static List<String> malformations(Frame f) {
        Dissection d = Dissector.describe(f);
        return d.malformations().stream().map(Malformation::id).toList();
    }

    @Test
    void anUnfragmentedEchoWithAZeroChecksumIsReported() {
        Frame f = frame();
        assertFalse(new Dissector().dissect(f).ipv6().isFragment());
        assertTrue(malformations(f).contains("icmpv6.bad-checksum"), malformations(f).toString());
    }

    /** RFC 6946 §4: an atomic fragment is an unfragmented packet; its checksum is verified. */
    @Test
    void anAtomicFragmentIsNotAFragment() {
        Frame f = frame(fragment(58, 0, false));
        assertFalse(new Dissector().dissect(f).ipv6().isFragment());
        assertTrue(malformations(f).contains("icmpv6.bad-checksum"), malformations(f).toString());
    }

    /** A first fragment (M set) behind an atomic one: the echo is cut short, its checksum not judged. */
    @Test
    void aFragmentHeaderWithMoreFragmentsAfterAnAtomicOneMakesAFragment() {
        Frame f = frame(fragment(44, 0, false), fragment(58, 0, true));
        DecodedFrame d = new Dissector().dissect(f);
        assertTrue(d.ipv6().isFragment());
        assertTrue(d.has(DecodedFrame.Kind.ICMPV6), "the first fragment still holds the ICMPv6 header");
        assertEquals(List.of(), malformations(f).stream().filter(m -> m.startsWith("icmpv6.")).toList());
    }

    @Test
    void aSingleFirstFragmentIsAFragment() {
        Frame f = frame(fragment(58, 0, true));
        assertTrue(new Dissector().dissect(f).ipv6().isFragment());
        assertEquals(List.of(), malformations(f).stream().filter(m -> m.startsWith("icmpv6.")).toList());
    }
}
