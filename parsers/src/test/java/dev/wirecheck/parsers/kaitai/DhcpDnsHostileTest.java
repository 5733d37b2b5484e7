package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Malformation;
import dev.wirecheck.wire.MalformationCode.Category;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_OPTION;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_VALUE;
import static dev.wirecheck.wire.MalformationCode.Category.LIMIT;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DNS names with compression pointers (RFC 1035 §4.1.4), and hostile DNS and DHCP
 * messages: loops, pointers past the end, counts past the bytes, bad cookies and options.
 */
class DhcpDnsHostileTest {
    private final KaitaiFamily kaitai = new KaitaiFamily();

    /** A response to "www.example.test AAAA": answer CNAME web.example.test (compressed), then its AAAA. */
    static final String RESPONSE = "1234 8180 0001 0002 0000 0000"
            + " 03777777 076578616d706c65 0474657374 00 001c 0001"  // question at offset 12
            + " c00c 0005 0001 0000003c 0006 03776562 c010"         // CNAME -> web + pointer to example.test
            + " c02e 001c 0001 0000003c 0010 20010db8000000000000000000000035";

    @Test
    void compressedNamesAreFollowed() {
        Dissection d = dns(RESPONSE);
        assertEquals(List.of(), d.malformations());
        assertEquals(List.of("www.example.test"), values(d, "dns.qry.name"));
        assertEquals(List.of("www.example.test", "web.example.test"), values(d, "dns.resp.name"));
        assertEquals(List.of("web.example.test"), values(d, "dns.cname"));
        assertEquals(List.of("2001:db8::35"), values(d, "dns.aaaa"));
        assertEquals(List.of(3L), values(d, "dns.count.labels"));
        Field aaaa = d.field("dns.aaaa");
        assertEquals(14 + 20 + 8 + 12 + 22 + 18 + 12, aaaa.offset(), "frame offset of the address");
    }

    @Test
    void aPointerLoopIsALimitNotAHang() {
        // the question's name is a pointer to itself (offset 12)
        Dissection d = dns("0001 0100 0001 0000 0000 0000 c00c 0001 0001");
        assertEquals(Set.of(LIMIT), categories(d, "dns"));
        assertTrue(d.has("dns"));
    }

    @Test
    void aPointerPastTheEndIsTruncated() {
        Dissection d = dns("0001 0100 0001 0000 0000 0000 c0ff 0001 0001");
        assertEquals(Set.of(TRUNCATED), categories(d, "dns"));
    }

    @Test
    void countsPastTheBytesAreTruncated() {
        Dissection d = dns("0001 0100 ffff ffff ffff ffff 01 61 00 0001 0001");
        assertEquals(Set.of(TRUNCATED), categories(d, "dns"));
        assertFalse(d.has("dns"), "the message cannot be read");
    }

    /** RFC 1035 §4.1.4: label type 0b10 is reserved; 0b01 reads as a label longer than 63 (§2.3.4). */
    @Test
    void reservedLabelTypesAreBadValuesAndLongLabelsBadLengths() {
        Dissection reserved = dns("0001 0100 0001 0000 0000 0000 81 0001 0001");
        assertEquals(Set.of(BAD_VALUE), categories(reserved, "dns"));
        Dissection tooLong = dns("0001 0100 0001 0000 0000 0000 41 0001 0001");
        assertEquals(Set.of(MalformationCode.Category.BAD_LENGTH), categories(tooLong, "dns"));
    }

    @Test
    void everyPrefixOfADnsResponseIsOnlyMalformations() {
        byte[] full = frame(53, Bytes.fromHex(RESPONSE));
        for (int n = 0; n <= full.length; n++) {
            Dissection d = kaitai.dissect(Frame.ethernet(Arrays.copyOf(full, n), 0, 1));
            assertFalse(d.hasMalformation(KaitaiFamily.ADAPTER_FAILURE.id()), d.malformations().toString());
        }
    }

    @Test
    void dhcpDefectsAreReported() {
        byte[] bootp = new byte[240 + 8];
        bootp[0] = 1;
        bootp[1] = 1;
        bootp[2] = 6;
        System.arraycopy(new byte[] {99, (byte) 130, 83, 99}, 0, bootp, 236, 4);
        byte[] options = {53, 1, 1, 12, 9, 'x', 'y', (byte) 255}; // hostname of 9 bytes runs past the end
        System.arraycopy(options, 0, bootp, 240, options.length);
        Dissection d = dhcp(bootp);
        assertEquals(Set.of(BAD_OPTION), categories(d, "dhcp"));
        assertEquals(List.of(1L), values(d, "dhcp.option.dhcp"), "the options before the bad one are read");

        bootp[236] = 1; // not the magic cookie
        assertEquals(Set.of(BAD_VALUE), categories(dhcp(bootp), "dhcp"));

        assertEquals(Set.of(TRUNCATED), categories(dhcp(Arrays.copyOf(bootp, 239)), "dhcp"));
    }

    private Dissection dns(String hex) {
        return kaitai.dissect(Frame.ethernet(frame(53, Bytes.fromHex(hex)), 0, 1));
    }

    private Dissection dhcp(byte[] message) {
        return kaitai.dissect(Frame.ethernet(frame(67, message), 0, 1));
    }

    private static byte[] frame(int port, byte[] payload) {
        return FrameBuilder.of(new EthernetRepr(SyntheticFrames.B, SyntheticFrames.A, 0x0800),
                Ipv4Repr.simple(SyntheticFrames.v4("192.0.2.1"), SyntheticFrames.v4("192.0.2.2"), 17, 64, 1),
                new UdpRepr(port, port)).payload(payload).build();
    }

    private static List<Object> values(Dissection d, String name) {
        return d.fields(name).stream().map(Field::value).toList();
    }

    private static Set<Category> categories(Dissection d, String layer) {
        Set<Category> s = new TreeSet<>();
        for (Malformation m : d.malformations()) {
            if (m.layer().equals(layer)) {
                s.add(m.code().category());
            }
        }
        return s;
    }
}
