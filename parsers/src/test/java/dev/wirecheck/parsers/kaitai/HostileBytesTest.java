package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.HandFamily;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.TcpOption;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.LinkType;
import dev.wirecheck.wire.Malformation;
import dev.wirecheck.wire.MalformationCode.Category;
import dev.wirecheck.wire.Octets;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_CHECKSUM;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_OPTION;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_VALUE;
import static dev.wirecheck.wire.MalformationCode.Category.LIMIT;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile bytes: only malformations come out of the Kaitai family, never an exception, an
 * adapter failure or a huge allocation, and the categories are the ones the defect calls for.
 */
class HostileBytesTest {
    private final KaitaiFamily kaitai = new KaitaiFamily();

    @Test
    void everyPrefixOfATcpFrameIsTruncatedAtTheRightLayer() {
        byte[] full = SyntheticFrames.frame(FrameBuilder.of(
                new dev.wirecheck.parsers.hand.EthernetRepr(SyntheticFrames.B, SyntheticFrames.A, 0x0800),
                Ipv4Repr.simple(SyntheticFrames.v4("192.0.2.1"), SyntheticFrames.v4("192.0.2.2"), 6, 64, 1),
                SyntheticFrames.tcpWithAllOptions()).payload(new byte[] {1, 2, 3})).data();
        int tcpHeaderEnd = 14 + 20 + 20 + 40;
        assertEquals(tcpHeaderEnd + 3, full.length);
        for (int n = 0; n < full.length; n++) {
            Map<String, Set<Category>> c = categories(dissect(Arrays.copyOf(full, n), LinkType.EN10MB));
            if (n < 14) {
                assertEquals(Map.of("eth", Set.of(TRUNCATED)), c, "length " + n);
            } else if (n < 34) {
                assertEquals(Map.of("ip", Set.of(TRUNCATED)), c, "length " + n);
            } else if (n < tcpHeaderEnd) {
                // the IP total length now runs past the bytes, and the TCP header is cut
                assertEquals(Map.of("ip", Set.of(BAD_LENGTH), "tcp", Set.of(TRUNCATED)), c, "length " + n);
            } else {
                // the header is whole, the payload short: the checksum no longer verifies
                assertEquals(Map.of("ip", Set.of(BAD_LENGTH), "tcp", Set.of(BAD_CHECKSUM)), c, "length " + n);
            }
        }
    }

    @Test
    void everyPrefixOfRealAndSyntheticFramesGivesOnlyMalformationsAndAgreesWithHand() throws Exception {
        HandFamily hand = new HandFamily();
        Set<Category> expected = EnumSet.of(TRUNCATED, BAD_LENGTH, BAD_CHECKSUM, BAD_OPTION);
        for (Frame original : MutatedFramesAgreeTest.onePerKind()) {
            byte[] full = original.data();
            String kind = hand.dissect(original).protocols();
            for (int n = 0; n < full.length; n++) {
                Frame f = Frame.ethernet(Arrays.copyOf(full, n), 0, 1);
                Dissection k = kaitai.dissect(f);
                for (Malformation m : k.malformations()) {
                    assertTrue(expected.contains(m.code().category()), kind + " cut to " + n + ": " + m);
                }
                assertEquals(List.of(), Unexplained.of(kind + " cut to " + n, hand.dissect(f), k));
            }
        }
    }

    @Test
    void hugeLengthFieldsAreLengthOrTruncationDefects() {
        byte[] udp = udpFrame();
        put16(udp, 14 + 2, 0xffff); // IPv4 total length
        assertTrue(categories(dissect(udp, LinkType.EN10MB)).get("ip").contains(BAD_LENGTH));

        udp = udpFrame();
        put16(udp, 14 + 20 + 4, 0xffff); // UDP length
        assertEquals(Set.of(BAD_LENGTH), categories(dissect(udp, LinkType.EN10MB)).get("udp"));

        byte[] v6 = SyntheticFrames.all().get("ipv6-chain-udp").data();
        put16(v6, 14 + 4, 0xffff); // IPv6 payload length
        assertTrue(categories(dissect(v6, LinkType.EN10MB)).get("ipv6").contains(BAD_LENGTH));

        v6 = SyntheticFrames.all().get("ipv6-chain-udp").data();
        v6[14 + 40 + 1] = (byte) 0xff; // hop-by-hop header length: 2048 bytes
        assertEquals(Set.of(TRUNCATED), categories(dissect(v6, LinkType.EN10MB)).get("ipv6"));

        byte[] arp = SyntheticFrames.all().get("arp-request").data();
        arp[14 + 4] = (byte) 0xff; // hardware address size
        arp[14 + 5] = (byte) 0xff; // protocol address size
        assertEquals(Map.of("arp", Set.of(TRUNCATED)), categories(dissect(arp, LinkType.EN10MB)));

        byte[] mld = SyntheticFrames.all().get("mldv2-report").data();
        put16(mld, 14 + 40 + 6, 0xffff); // number of records
        assertTrue(categories(dissect(mld, LinkType.EN10MB)).get("icmpv6").contains(BAD_LENGTH));

        byte[] igmp = SyntheticFrames.all().get("igmpv3-query").data();
        put16(igmp, 14 + 20 + 10, 0xffff); // number of sources
        assertTrue(categories(dissect(igmp, LinkType.EN10MB)).get("igmp").contains(BAD_LENGTH));
    }

    @Test
    void aChainOfOneHundredExtensionHeadersStopsAtTheLimit() {
        int n = 100;
        byte[] f = new byte[14 + 40 + 8 * n];
        put16(f, 12, 0x86dd);
        f[14] = 0x60;
        put16(f, 14 + 4, 8 * n);
        f[14 + 6] = 60; // destination options, then 99 more
        f[14 + 7] = 64;
        for (int i = 0; i < n; i++) {
            int at = 14 + 40 + 8 * i;
            f[at] = (byte) (i + 1 < n ? 60 : 59);
            f[at + 2] = 1; // PadN of 4 bytes fills the header
            f[at + 3] = 4;
        }
        Dissection d = dissect(f, LinkType.EN10MB);
        assertEquals(Map.of("ipv6", Set.of(LIMIT)), categories(d));
        assertEquals(dev.wirecheck.parsers.hand.Ipv6.MAX_EXTENSIONS, d.fields("ipv6.dstopts.nxt").size());
    }

    @Test
    void tcpOptionLengthsZeroOneAndTwoHundredFiftyFiveAreBadOptions() {
        for (int len : new int[] {0, 1, 255}) {
            TcpRepr tcp = new TcpRepr(5000, 80, 1, 0, 0x02, 1000, 0,
                    List.of(new TcpOption(2, Octets.hex("05b4")), TcpOption.NOP, TcpOption.NOP));
            byte[] f = SyntheticFrames.frame(FrameBuilder.of(
                    new dev.wirecheck.parsers.hand.EthernetRepr(SyntheticFrames.B, SyntheticFrames.A, 0x0800),
                    Ipv4Repr.simple(SyntheticFrames.v4("192.0.2.1"), SyntheticFrames.v4("192.0.2.2"), 6, 64, 1), tcp))
                    .data();
            f[14 + 20 + 20 + 1] = (byte) len; // the MSS option's length
            Dissection d = dissect(f, LinkType.EN10MB);
            Set<Category> tcpDefects = categories(d).get("tcp");
            assertTrue(tcpDefects.contains(BAD_OPTION), "option length " + len + ": " + d.malformations());
            assertTrue(d.has("tcp"), "the header itself is still dissected");
        }
    }

    @Test
    void sixtyFiveThousandBytesOfOnesAreHandledOnEveryLinkType() {
        byte[] ones = new byte[65535];
        Arrays.fill(ones, (byte) 0xff);
        assertEquals(Map.of(), categories(dissect(ones, LinkType.EN10MB)), "EtherType 0xffff is not dissected");
        assertEquals(Map.of("ip", Set.of(BAD_VALUE)), categories(dissect(ones, LinkType.IPV4)));
        assertEquals(Map.of("ipv6", Set.of(BAD_VALUE)), categories(dissect(ones, LinkType.IPV6)));
        assertEquals(Map.of("ip", Set.of(BAD_VALUE)), categories(dissect(ones, LinkType.RAW)));
        assertEquals(Map.of(), categories(dissect(ones, LinkType.LINUX_SLL)));
        assertEquals(Map.of(), categories(dissect(ones, LinkType.LINUX_SLL2)));
    }

    @Test
    void emptyFramesAreTruncatedOnEveryLinkType() {
        assertEquals(Map.of("eth", Set.of(TRUNCATED)), categories(dissect(new byte[0], LinkType.EN10MB)));
        assertEquals(Map.of("ip", Set.of(TRUNCATED)), categories(dissect(new byte[0], LinkType.RAW)));
        assertEquals(Map.of("ipv6", Set.of(TRUNCATED)), categories(dissect(new byte[0], LinkType.IPV6)));
        assertEquals(Map.of("sll", Set.of(TRUNCATED)), categories(dissect(new byte[0], LinkType.LINUX_SLL2)));
    }

    private Dissection dissect(byte[] bytes, LinkType link) {
        Dissection d = kaitai.dissect(new Frame(bytes, bytes.length, 0, link, link.number(), 1));
        assertFalse(d.hasMalformation(KaitaiFamily.ADAPTER_FAILURE.id()), d.malformations().toString());
        return d;
    }

    private static Map<String, Set<Category>> categories(Dissection d) {
        Map<String, Set<Category>> m = new TreeMap<>();
        for (Malformation x : d.malformations()) {
            m.computeIfAbsent(x.layer(), k -> new TreeSet<>()).add(x.code().category());
        }
        return m;
    }

    private static byte[] udpFrame() {
        return SyntheticFrames.frame(FrameBuilder.of(
                new dev.wirecheck.parsers.hand.EthernetRepr(SyntheticFrames.B, SyntheticFrames.A, 0x0800),
                Ipv4Repr.simple(SyntheticFrames.v4("192.0.2.1"), SyntheticFrames.v4("192.0.2.2"), 17, 64, 1),
                new UdpRepr(5000, 7)).payload(new byte[] {1, 2, 3, 4})).data();
    }

    private static void put16(byte[] b, int at, int v) {
        Bytes.put16(b, at, v);
    }
}
