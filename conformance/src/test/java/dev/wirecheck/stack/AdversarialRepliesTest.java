package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DhcpMessageType;
import dev.wirecheck.parsers.hand.DhcpOption;
import dev.wirecheck.parsers.hand.DhcpRepr;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.DnsRepr;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.rules.Lab;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import org.junit.jupiter.api.Test;

import java.net.Inet4Address;
import java.util.Arrays;

import static dev.wirecheck.rules.Lab.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which peer frames count as attacks on the DUT's DHCP and DNS clients. The DUT (Lab's
 * 02:00:00:00:00:10, 192.0.2.10) asks; the frames that answer are built with the hand builders,
 * the malformed ones by cutting or patching their bytes as RFC 1035 §4.1.4 (compression pointers)
 * and RFC 2132 §2 (option lengths) define them.
 */
class AdversarialRepliesTest {
    private static final long XID = 0x1234abcdL;
    private static final Inet4Address ZERO = IpAddresses.v4("0.0.0.0");
    private static final Inet4Address ALL = IpAddresses.v4("255.255.255.255");
    private final Dissector dissector = new Dissector();
    private final ReferenceStack stack;
    private long number;

    AdversarialRepliesTest() {
        DutAddresses addresses = new DutAddresses();
        addresses.addV4(0xc000020a, Long.MIN_VALUE);
        stack = new ReferenceStack(DUT_MAC.bits(), addresses, false);
    }

    private DecodedFrame frame(byte[] bytes) {
        return dissector.dissect(Frame.ethernet(bytes, 1_000_000_000L * ++number, number));
    }

    /** The DUT sends {@code bytes}: the stack learns from it. */
    private void dut(byte[] bytes) {
        stack.observe(frame(bytes), true);
    }

    /** Classifies a peer frame, then lets the stack learn from it. */
    private String peer(byte[] bytes) {
        DecodedFrame f = frame(bytes);
        String what = AdversarialReplies.classify(f, stack);
        stack.observe(f, false);
        return what;
    }

    private static byte[] udp(MacAddress src, MacAddress dst, Inet4Address from, Inet4Address to, int sport, int dport,
                              byte[] payload) {
        return FrameBuilder.of(new EthernetRepr(dst, src, EtherTypes.IPV4),
                new Lab().v4(from, to, IpProtocols.UDP), new UdpRepr(sport, dport)).payload(payload).build();
    }

    private static byte[] fromServer(byte[] payload, int sport, int dport) {
        return udp(PEER_MAC, DUT_MAC, PEER4, DUT4, sport, dport, payload);
    }

    private void query(DnsRepr q) {
        dut(udp(DUT_MAC, PEER_MAC, DUT4, PEER4, 40000, 53, q.toBytes()));
    }

    private void discover() {
        dut(udp(DUT_MAC, MacAddress.BROADCAST, ZERO, ALL, 68, 67,
                DhcpRepr.message(DhcpMessageType.DISCOVER, XID, DUT_MAC, null, null).toBytes()));
    }

    private static byte[] offer(long xid) {
        return DhcpRepr.message(DhcpMessageType.OFFER, xid, DUT_MAC, DUT4, null,
                DhcpOption.addresses(DhcpOption.SERVER_ID, PEER4)).toBytes();
    }

    @Test
    void aCompressionLoopInAResponseIsAdversarial() {
        // header: ID 0x1111, QR RD RA, QDCOUNT 1; the question's name is a pointer to itself (offset 12)
        byte[] loop = {0x11, 0x11, (byte) 0x81, (byte) 0x80, 0, 1, 0, 0, 0, 0, 0, 0, (byte) 0xc0, 12, 0, 1, 0, 1};
        String what = peer(fromServer(loop, 53, 40000));
        assertTrue(what != null && what.contains("dns.pointer-loop"), String.valueOf(what));
    }

    @Test
    void aTruncatedResponseIsAdversarial() {
        byte[] whole = DnsRepr.query(0x1111, "dut-check.test", 1).answer(DnsRepr.NOERROR).toBytes();
        String what = peer(fromServer(Arrays.copyOf(whole, 8), 53, 40000));
        assertTrue(what != null && what.startsWith("a malformed DNS response"), String.valueOf(what));
    }

    @Test
    void aResponseWithTheWrongIdIsAdversarialAndTheMatchingOneIsNot() {
        DnsRepr q = DnsRepr.query(0x1111, "dut-check.test", 1);
        query(q);
        DnsRepr forged = new DnsRepr(0x2222, q.flags(), q.questions(), q.answers(), q.authorities(), q.additionals());
        assertEquals("a DNS response 0x2222 that matches no open query",
                peer(fromServer(forged.answer(DnsRepr.NOERROR).toBytes(), 53, 40000)));
        assertNull(peer(fromServer(q.answer(DnsRepr.NOERROR).toBytes(), 53, 40000)));
    }

    @Test
    void anOfferWithAForeignXidIsAdversarialAndTheExchangesOwnIsNot() {
        discover();
        assertEquals("a DHCP OFFER with a foreign xid 0xbadf00d", peer(fromServer(offer(0x0badf00dL), 67, 68)));
        assertNull(peer(fromServer(offer(XID), 67, 68)));
    }

    @Test
    void anOfferWhoseOptionRunsPastTheMessageIsAdversarial() {
        discover();
        byte[] o = offer(XID);
        // RFC 2132 §2: the option after the message type (code 54 at 243) claims 200 octets; the message ends sooner
        o[244] = (byte) 200;
        String what = peer(fromServer(o, 67, 68));
        assertTrue(what != null && what.startsWith("a malformed DHCP reply (dhcp."), String.valueOf(what));
    }

    @Test
    void ordinaryTrafficIsNotAdversarial() {
        assertNull(peer(fromServer(new byte[8], 9, 5000)));
    }
}
