package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Octets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.wirecheck.parsers.hand.AppFrames.CLIENT;
import static dev.wirecheck.parsers.hand.AppFrames.CLIENT_MAC;
import static dev.wirecheck.parsers.hand.AppFrames.SERVER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DhcpTest {
    private static final Octets MASK = Octets.hex("ffffff00");

    private static DhcpRepr offer(DhcpOption... extra) {
        return DhcpRepr.message(DhcpMessageType.OFFER, 0x6411130bL, CLIENT_MAC, CLIENT, SERVER, extra);
    }

    private static DecodedFrame decode(byte[] dhcp) {
        return new Dissector().dissect(Frame.ethernet(AppFrames.udp(67, 68, dhcp), 0, 1));
    }

    private static List<String> codes(DecodedFrame f) {
        return f.problems().toList().stream().map(m -> m.code().id()).toList();
    }

    /** The same offer the lwIP capture's dnsmasq-like server sends (../shared/captures/lwip/01-dhcp-boot.pcap frame 4). */
    @Test
    void builtOfferReadsBackWithEveryTypedValue() {
        DhcpRepr repr = offer(DhcpOption.addresses(DhcpOption.SERVER_ID, SERVER),
                DhcpOption.seconds(DhcpOption.LEASE_TIME, 3600), DhcpOption.seconds(DhcpOption.RENEWAL_TIME, 1800),
                DhcpOption.seconds(DhcpOption.REBINDING_TIME, 3150), new DhcpOption(DhcpOption.SUBNET_MASK, MASK),
                DhcpOption.addresses(DhcpOption.DNS_SERVERS, SERVER, IpAddresses.v4("192.0.2.2")),
                DhcpOption.addresses(DhcpOption.ROUTER, SERVER), DhcpOption.text(DhcpOption.DOMAIN_NAME, "example.test"),
                DhcpOption.classlessRoutes(List.of(new DhcpRoute(IpAddresses.v4("198.51.100.0"), 24, SERVER))));
        DecodedFrame f = decode(repr.toBytes());
        assertEquals(List.of(), codes(f));
        Dhcp d = f.dhcp();
        assertNotNull(d);
        assertEquals(Dhcp.BOOTREPLY, d.op());
        assertEquals(DhcpMessageType.OFFER, d.messageType());
        assertEquals(3600, d.leaseTime());
        assertEquals(1800, d.renewalTime());
        assertEquals(3150, d.rebindingTime());
        assertEquals(IpAddresses.v4("255.255.255.0"), d.subnetMask());
        assertEquals(SERVER, d.serverId());
        assertEquals(List.of(SERVER, IpAddresses.v4("192.0.2.2")), d.dnsServers());
        assertEquals(List.of(SERVER), d.routers());
        assertEquals("example.test", d.domainName());
        assertEquals(List.of(new DhcpRoute(IpAddresses.v4("198.51.100.0"), 24, SERVER)), d.classlessRoutes());
        assertEquals(CLIENT, d.yiaddr());
        assertArrayEquals(CLIENT_MAC.toBytes(), d.chaddr());
        assertEquals(repr, d.toRepr());
    }

    @Test
    void everyMessageTypeTravelsInTheOpRfc2131Requires() {
        for (DhcpMessageType t : DhcpMessageType.values()) {
            DhcpRepr r = DhcpRepr.message(t, 7, CLIENT_MAC, null, null, DhcpOption.clientId(CLIENT_MAC));
            Dhcp d = decode(r.toBytes()).dhcp();
            assertEquals(t, d.messageType(), t.name());
            boolean fromServer = t == DhcpMessageType.OFFER || t == DhcpMessageType.ACK || t == DhcpMessageType.NAK;
            assertEquals(fromServer ? Dhcp.BOOTREPLY : Dhcp.BOOTREQUEST, d.op(), t.name());
            assertEquals(DhcpRepr.MIN_LENGTH, r.toBytes().length, "padded to the BOOTP minimum");
        }
    }

    /** RFC 3396 §5: an option of more than 255 bytes is split; §6: the instances are concatenated. */
    @Test
    void longOptionIsSplitAndConcatenatedBack() {
        byte[] name = new byte[300];
        java.util.Arrays.fill(name, (byte) 'a');
        byte[] bytes = offer(DhcpOption.raw(DhcpOption.DOMAIN_NAME, name)).toBytes();
        assertEquals(15, bytes[Dhcp.OPTIONS + 3]);
        assertEquals((byte) 255, bytes[Dhcp.OPTIONS + 4]);
        Dhcp d = decode(bytes).dhcp();
        assertEquals(2, d.instances(DhcpOption.DOMAIN_NAME));
        assertArrayEquals(name, d.option(DhcpOption.DOMAIN_NAME));
        assertEquals(List.of(), codes(decode(bytes)));
    }

    /** RFC 2131 §4.1: with overload 3, options continue in file, then sname, each ending with END. */
    @Test
    void overloadedFileAndSnameAreReadAfterTheOptionsField() {
        byte[] m = offer(DhcpOption.raw(DhcpOption.OVERLOAD, (byte) 3)).toBytes();
        int file = Dhcp.FILE, sname = Dhcp.SNAME;
        System.arraycopy(Bytes.fromHex("0c 04 66 69 6c 65 ff"), 0, m, file, 7);   // host name "file"
        System.arraycopy(Bytes.fromHex("0f 02 73 6e ff"), 0, m, sname, 5);        // domain "sn"
        DecodedFrame f = decode(m);
        assertEquals(List.of(), codes(f));
        assertEquals("file", f.dhcp().hostName());
        assertEquals("sn", f.dhcp().domainName());
        assertEquals(3, f.dhcp().overload());
        Dissection d = f.toDissection();
        assertTrue(d.field("dhcp.file") == null && d.field("dhcp.boot_filename_overloaded_by_dhcp") != null,
                "an overloaded file field holds options, not a name");
    }

    private static byte[] withOptions(String hex) {
        byte[] head = offer().toBytes();
        byte[] opts = Bytes.fromHex(hex);
        byte[] m = java.util.Arrays.copyOf(head, Dhcp.OPTIONS + opts.length);
        System.arraycopy(opts, 0, m, Dhcp.OPTIONS, opts.length);
        return m;
    }

    private static void assertMalformed(MalformationCode code, byte[] m) {
        DecodedFrame f = decode(m);
        assertTrue(f.problems().has(code), "expected " + code + ", got " + codes(f));
    }

    @Test
    void eachMalformationHasItsOwnCode() {
        assertMalformed(Dhcp.OPTION_PAST_END, withOptions("35 01 02 0c 08 61 62 ff"));
        assertMalformed(Dhcp.OPTION_NO_LENGTH, withOptions("35 01 02 0c"));
        assertMalformed(Dhcp.MISSING_END, withOptions("35 01 02 00 00"));
        assertMalformed(Dhcp.PADDING_NOT_PAD, withOptions("35 01 02 ff 00 01"));
        assertMalformed(Dhcp.OPTION_WRONG_LENGTH, withOptions("35 01 02 01 00 ff"));
        assertMalformed(Dhcp.OPTION_WRONG_LENGTH, withOptions("35 01 02 03 03 c0 00 02 ff"));
        assertMalformed(Dhcp.OPTION_WRONG_LENGTH, withOptions("35 01 02 52 03 01 05 41 ff"));
        assertMalformed(Dhcp.DUPLICATE_OPTION, withOptions("35 01 02 35 01 05 ff"));
        assertMalformed(Dhcp.MESSAGE_TYPE_MISSING, withOptions("01 04 ff ff ff 00 ff"));
        assertMalformed(Dhcp.OVERLOAD_INVALID, withOptions("35 01 02 34 01 04 ff"));
        assertMalformed(Dhcp.OVERLOAD_GARBAGE, withOptions("35 01 02 34 01 02 ff")); // sname all zero: no END
        assertMalformed(Dhcp.MAX_SIZE_TOO_SMALL, withOptions("35 01 02 39 02 01 2c ff"));
        assertMalformed(Dhcp.ROUTE_WIDTH_INVALID, withOptions("35 01 02 79 05 21 c0 00 02 01 ff"));
        byte[] hlen = offer().toBytes();
        hlen[Dhcp.HLEN] = 17;
        assertMalformed(Dhcp.HLEN_TOO_LONG, hlen);
        byte[] cookie = offer().toBytes();
        cookie[Dhcp.COOKIE] = 0;
        assertMalformed(Dhcp.BAD_COOKIE, cookie);
        assertMalformed(Dhcp.TRUNCATED_MESSAGE, java.util.Arrays.copyOf(offer().toBytes(), 239));
    }

    @Test
    void garbageInAnOverloadedFieldIsReportedAndTheRestStillRead() {
        byte[] m = offer(DhcpOption.raw(DhcpOption.OVERLOAD, (byte) 1)).toBytes();
        System.arraycopy(Bytes.fromHex("0c 7f 41"), 0, m, Dhcp.FILE, 3);
        DecodedFrame f = decode(m);
        assertEquals(List.of(Dhcp.OVERLOAD_GARBAGE.id()), codes(f));
        assertEquals(DhcpMessageType.OFFER, f.dhcp().messageType());
        assertNull(f.dhcp().hostName());
    }

    @Test
    void typedGettersRefuseValuesOfTheWrongLength() {
        Dhcp d = decode(withOptions("35 01 02 01 00 33 02 00 01 ff")).dhcp();
        assertNull(d.subnetMask());
        assertEquals(-1, d.leaseTime());
        assertFalse(d.has(DhcpOption.ROUTER));
    }
}
