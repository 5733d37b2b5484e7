package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.HandFamily;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The well-formed synthetic frames (the kinds the captures lack) give the same fields,
 * the same field set and the same layers in both families, and no malformation.
 */
class SyntheticFramesAgreeTest {
    @Test
    void everySyntheticFrameDissectsIdenticallyAndCleanly() {
        KaitaiFamily kaitai = new KaitaiFamily();
        HandFamily hand = new HandFamily();
        for (Map.Entry<String, Frame> e : SyntheticFrames.all().entrySet()) {
            Dissection k = kaitai.dissect(e.getValue());
            Dissection h = hand.dissect(e.getValue());
            String where = e.getKey();
            assertEquals(List.of(), FamilyDiff.compare(where, h, k));
            assertEquals(List.of(), FamilyDiff.missing(h, k), where + ": fields only the hand family produced");
            assertEquals(List.of(), FamilyDiff.missing(k, h), where + ": fields only the Kaitai family produced");
            assertEquals(h.protocols(), k.protocols(), where);
            assertTrue(k.malformations().isEmpty(), where + ": " + k.malformations());
        }
    }

    /**
     * The DHCP and DNS frames built for the tshark comparison: the same fields where both
     * decode them (the hand family alone decodes {@link FamilyDiff#HAND_ONLY_FIELDS}), and
     * the same layers except mDNS and DNS over TCP, which the Kaitai family does not dissect.
     */
    @Test
    void builtDhcpAndDnsFramesDissectIdenticallyAndCleanly() {
        KaitaiFamily kaitai = new KaitaiFamily();
        HandFamily hand = new HandFamily();
        int n = 0;
        for (byte[] bytes : dev.wirecheck.parsers.hand.DhcpDnsFrames.all()) {
            Frame f = Frame.ethernet(bytes, 0, ++n);
            Dissection k = kaitai.dissect(f);
            Dissection h = hand.dissect(f);
            String where = "built DHCP/DNS frame " + n + " " + h.protocols();
            assertEquals(List.of(), FamilyDiff.compare(where, h, k));
            assertEquals(List.of(), FamilyDiff.missing(h, k), where + ": fields only the hand family produced");
            assertEquals(List.of(), FamilyDiff.missing(k, h), where + ": fields only the Kaitai family produced");
            assertTrue(k.malformations().isEmpty(), where + ": " + k.malformations());
            assertTrue(h.protocols().startsWith(k.protocols()), where + " vs " + k.protocols());
        }
    }

    @Test
    void theFamilyIsFoundByServiceLoaderUnderItsName() {
        assertEquals(KaitaiFamily.class, dev.wirecheck.parsers.ParserFamilies.byName("kaitai").getClass());
    }

    /** Spot checks of values read straight from the RFC layouts the frames were built from. */
    @Test
    void kaitaiReadsTheOptionValuesTheFramesWereBuiltWith() {
        Map<String, Frame> frames = SyntheticFrames.all();
        KaitaiFamily kaitai = new KaitaiFamily();
        Dissection tcp = kaitai.dissect(frames.get("ipv4-tcp-options"));
        assertEquals(1460L, tcp.field("tcp.options.mss_val").value());
        assertEquals(7L, tcp.field("tcp.options.wscale.shift").value());
        assertEquals(128L, tcp.field("tcp.options.wscale.multiplier").value());
        assertEquals(List.of(100L), tcp.fields("tcp.options.sack_le").stream().map(f -> f.value()).toList());
        assertEquals(12L, tcp.field("tcp.options.timestamp.tsecr").value());
        assertEquals("01:02", tcp.field("tcp.options.unknown.payload").value());
        Dissection ip = kaitai.dissect(frames.get("ipv4-options-tcp"));
        assertEquals(List.of(148L, 1L, 7L, 68L, 0L), ip.fields("ip.opt.type").stream().map(f -> f.value()).toList());
        assertEquals(List.of(4L, 5L), ip.fields("ip.opt.ptr").stream().map(f -> f.value()).toList());
        Dissection chain = kaitai.dissect(frames.get("ipv6-chain-udp"));
        assertEquals("eth:ipv6:ipv6.hopopts:ipv6.routing:ipv6.fraghdr:ipv6.dstopts:ah:udp", chain.protocols());
        assertEquals(0x100L, chain.field("ah.spi").value());
        assertEquals(7L, chain.field("ah.sequence").value());
        assertEquals(7L, chain.field("udp.dstport").value());
        Dissection ra = kaitai.dissect(frames.get("ndp-ra"));
        assertEquals(1500L, ra.field("icmpv6.opt.mtu").value());
        assertEquals("2001:db8::", ra.field("icmpv6.opt.prefix").value());
        assertEquals(2, ra.fields("icmpv6.opt.rdnss").size());
        Dissection report = kaitai.dissect(frames.get("igmpv3-report"));
        assertEquals(List.of("224.0.1.22", "224.0.1.23"),
                report.fields("igmp.maddr").stream().map(f -> f.value()).toList());
    }
}
