package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Octets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DnsTest {

    private static DecodedFrame decode(int srcPort, int dstPort, byte[] message) {
        return new Dissector().dissect(Frame.ethernet(AppFrames.udp(srcPort, dstPort, message), 0, 1));
    }

    private static void assertMalformed(MalformationCode code, String hex) {
        DecodedFrame f = decode(40000, 53, Bytes.fromHex(hex));
        assertTrue(f.problems().has(code), "expected " + code + ", got " + f.problems());
    }

    /** RFC 1035 §4.1.4's example names, compressed by the builder exactly as the RFC lays them out. */
    @Test
    void builderCompressesLikeTheRfc1035Example() {
        DnsRepr r = new DnsRepr(0, 0, List.of(DnsQuestion.in("F.ISI.ARPA", 1), DnsQuestion.in("FOO.F.ISI.ARPA", 1),
                DnsQuestion.in("ARPA", 1), DnsQuestion.in("", 1)), List.of(), List.of(), List.of());
        String expected = "0000 0000 0004 0000 0000 0000"
                + "01 46 03 49 53 49 04 41 52 50 41 00 0001 0001"
                + "03 46 4f 4f c0 0c 0001 0001"
                + "c0 12 0001 0001"
                + "00 0001 0001";
        assertArrayEquals(Bytes.fromHex(expected), r.toBytes());
    }

    @Test
    void queryAndAnswerRoundTripThroughTheView() {
        DnsRepr q = DnsRepr.query(0xf04d, "dut-check.test", Dns.TYPE_A);
        DnsRepr a = q.answer(DnsRepr.NOERROR, DnsRecord.in("dut-check.test", Dns.TYPE_A, 0,
                new DnsRecordData.Address(IpAddresses.v4("192.0.2.53"))),
                DnsRecord.in("dut-check.test", Dns.TYPE_MX, 60, new DnsRecordData.Mx(5, "mx.dut-check.test")));
        DecodedFrame f = decode(53, 40000, a.toBytes());
        assertEquals(List.of(), f.problems().toList());
        Dns d = f.dns();
        assertNotNull(d);
        assertTrue(d.isResponse());
        assertEquals(3, d.entries());
        assertEquals("dut-check.test", d.name(1));
        assertEquals("mx.dut-check.test", d.rdataName(2, 2));
        assertEquals(a, d.toRepr());
    }

    /** The answer the lwIP capture's resolver got (../shared/captures/lwip/01-dhcp-boot.pcap frame 22), rebuilt. */
    @Test
    void builderReproducesTheCapturedAnswer() {
        DnsRepr a = new DnsRepr(0xf04d, 0x8580, List.of(DnsQuestion.in("dut-check.test", 1)),
                List.of(DnsRecord.in("dut-check.test", 1, 0, new DnsRecordData.Address(IpAddresses.v4("192.0.2.53")))),
                List.of(), List.of());
        String captured = "f04d 8580 0001 0001 0000 0000 09 6475742d636865636b 04 74657374 00 0001 0001"
                + "c00c 0001 0001 00000000 0004 c0000235";
        assertArrayEquals(Bytes.fromHex(captured), a.toBytes());
    }

    @Test
    void mdnsBitsAreReadOffTheClass() {
        DecodedFrame q = decode(5353, 5353, DnsRepr.mdnsQuery("esp32.local", Dns.TYPE_A, true).toBytes());
        assertEquals("mdns", q.dns().layerName());
        assertTrue(q.dns().mdnsClassBit(0));
        assertEquals(1, q.dns().dnsClass(0));
        DecodedFrame a = decode(5353, 5353, DnsRepr.mdnsAnnouncement(new DnsRecord("esp32.local", Dns.TYPE_A,
                1 | Dns.MDNS_CLASS_BIT, 120, new DnsRecordData.Address(IpAddresses.v4("192.0.2.100")))).toBytes());
        Dissection d = a.toDissection();
        assertEquals(1L, d.field("dns.resp.cache_flush").value());
        assertEquals(1L, d.field("dns.resp.class").value());
        assertTrue(d.has("mdns"));
    }

    @Test
    void dnsOverTcpIsReadWhenTheSegmentHoldsOneWholeMessage() {
        byte[] msg = DnsRepr.query(7, "example.test", Dns.TYPE_AAAA).toTcpBytes();
        Dissection whole = AppFrames.dissect(DhcpDnsFrames.tcp(40000, 53, msg));
        assertEquals(msg.length - 2L, whole.field("dns.length").value());
        assertEquals("example.test", whole.field("dns.qry.name").value());
        Dissection part = AppFrames.dissect(DhcpDnsFrames.tcp(40000, 53, java.util.Arrays.copyOf(msg, 10)));
        assertTrue(!part.has("dns") && part.malformations().isEmpty(), "a segment with part of a message is left alone");
    }

    @Test
    void eachMessageMalformationHasItsOwnCode() {
        String h = "0001 8180";
        assertMalformed(Dns.COUNT_MISMATCH, h + "0002 0000 0000 0000 01 61 00 0001 0001");
        assertMalformed(Dns.TRAILING_DATA, h + "0001 0000 0000 0000 01 61 00 0001 0001 ff");
        assertMalformed(Dns.RECORD_TRUNCATED, h + "0001 0000 0000 0000 01 61 00 0001");
        assertMalformed(Dns.RECORD_TRUNCATED, h + "0000 0001 0000 0000 01 61 00 0001 0001 00000000 0008 c0000201");
        assertMalformed(Dns.RDLENGTH_WRONG, h + "0000 0001 0000 0000 01 61 00 0001 0001 00000000 0005 c000020100");
        assertMalformed(Dns.RDLENGTH_WRONG, h + "0000 0001 0000 0000 01 61 00 001c 0001 00000000 0004 c0000201");
        assertMalformed(Dns.RDLENGTH_WRONG, h + "0000 0001 0000 0000 01 61 00 000f 0001 00000000 0002 0001");
        assertMalformed(Dns.OPT_INVALID, h + "0000 0001 0000 0000 00 0029 1000 00000000 0000");
        assertMalformed(Dns.OPT_INVALID, h + "0000 0000 0000 0001 01 61 00 0029 1000 00000000 0000");
        assertMalformed(Dns.TRUNCATED_MESSAGE, "0001 0100 0001");
        // a name defect inside RDATA keeps its own code rather than an RDLENGTH one
        DecodedFrame f = decode(53, 40000, Bytes.fromHex(h + "0000 0001 0000 0000 01 61 00 0005 0001 00000000 0002 c0ff"));
        assertTrue(f.problems().has(DnsName.POINTER_PAST_END), f.problems().toString());
        assertTrue(!f.problems().has(Dns.RDLENGTH_WRONG), f.problems().toString());
    }

    @Test
    void aMalformedNameStopsTheMessageButKeepsTheLayer() {
        DecodedFrame f = decode(40000, 53, Bytes.fromHex("0001 0100 0001 0000 0000 0000 c0 0c 0001 0001"));
        assertTrue(f.problems().has(DnsName.POINTER_LOOP));
        assertNotNull(f.dns());
        assertEquals(1, f.dns().entries(), "the in-place length of a looping name is known, so the question stands");
        DecodedFrame g = decode(40000, 53, Bytes.fromHex("0001 0100 0001 0000 0000 0000 80 00 0001 0001"));
        assertEquals(0, g.dns().entries());
    }

    @Test
    void builderRefusesWhatTheRfcForbids() {
        assertThrows(IllegalArgumentException.class, () -> DnsQuestion.in("a".repeat(64) + ".test", 1));
        String l63 = "a".repeat(63);
        assertThrows(IllegalArgumentException.class, () -> DnsQuestion.in(l63 + "." + l63 + "." + l63 + "." + "a".repeat(62), 1));
        assertThrows(IllegalArgumentException.class, () -> DnsQuestion.in("a..test", 1));
    }

    @Test
    void ednsOptRecordCarriesPayloadSizeAndDoBit() {
        DnsRepr q = DnsRepr.query(9, "example.test", Dns.TYPE_A).withAdditionals(DnsRecord.opt(1232, 0, 0, true,
                Octets.hex("000a 0008 0102030405060708")));
        Dissection d = AppFrames.dissectUdp(40000, 53, q.toBytes());
        assertEquals(List.of(), d.malformations());
        assertEquals(1232L, d.field("dns.rr.udp_payload_size").value());
        assertEquals(1L, d.field("dns.resp.z.do").value());
        assertNull(d.field("dns.resp.ttl"));
    }
}
