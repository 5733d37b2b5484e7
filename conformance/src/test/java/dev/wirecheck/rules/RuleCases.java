package dev.wirecheck.rules;

import dev.wirecheck.check.Outcome;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.Icmpv6Repr;
import dev.wirecheck.parsers.hand.IgmpRepr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.Ipv6ExtensionRepr;
import dev.wirecheck.parsers.hand.NdpBuilder;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.Octets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static dev.wirecheck.parsers.hand.IpProtocols.ICMP;
import static dev.wirecheck.parsers.hand.IpProtocols.ICMPV6;
import static dev.wirecheck.parsers.hand.IpProtocols.UDP;
import static dev.wirecheck.rules.Lab.*;
import static dev.wirecheck.rules.Stimuli.*;

/**
 * One conforming and one breaking scenario per rule, built with the hand builders. Expected
 * outcomes come from the RFC sentence each rule cites, not from running the checker.
 * Ethernet + IPv4 offsets used below: version/IHL 14, total length 16, flags 20, TTL 22,
 * header checksum 24, transport 34; IPv6: version 14, payload length 18, transport 54.
 */
final class RuleCases {
    record Case(String rule, Outcome expected, String what, Supplier<Lab> scenario) {
        @Override
        public String toString() {
            return rule + " " + expected + " when " + what;
        }
    }

    private final List<Case> cases = new ArrayList<>();

    private void pass(String rule, String what, Supplier<Lab> s) {
        cases.add(new Case(rule, Outcome.PASS, what, s));
    }

    private void fail(String rule, String what, Supplier<Lab> s) {
        cases.add(new Case(rule, Outcome.FAIL, what, s));
    }

    private void inconclusive(String rule, String what, Supplier<Lab> s) {
        cases.add(new Case(rule, Outcome.INCONCLUSIVE, what, s));
    }

    static List<Case> all() {
        RuleCases c = new RuleCases();
        c.arpRules();
        c.ipv4Rules();
        c.icmpv4Rules();
        c.udpRules();
        c.ipv6Rules();
        c.icmpv6Rules();
        c.ndpRules();
        c.multicastRules();
        c.cases.addAll(TcpCases.all());
        c.cases.addAll(DhcpCases.all());
        c.cases.addAll(DnsCases.all());
        return c.cases;
    }

    private static Lab arpAsked() {
        return Lab.withDut().peerTo(MacAddress.BROADCAST, arpRequest(PEER_MAC, PEER4, MacAddress.ZERO, DUT4));
    }

    private static byte[] dhcpAck() {
        byte[] p = new byte[244];
        p[0] = 2;
        System.arraycopy(DUT4.getAddress(), 0, p, 16, 4);
        DUT_MAC.write(p, 28);
        p[236] = 0x63; p[237] = (byte) 0x82; p[238] = 0x53; p[239] = 0x63;
        p[240] = 53; p[241] = 1; p[242] = 5; p[243] = (byte) 255;
        return p;
    }

    private void arpRules() {
        pass("RFC826-reply", "the DUT answers a request for its address", () -> arpAsked().dut(arpReply(PEER4)));
        fail("RFC826-reply", "the DUT ignores a request for its address", RuleCases::arpAsked);
        pass("RFC826-reply-fields", "the reply swaps sender and target", () -> arpAsked().dut(arpReply(PEER4)));
        fail("RFC826-reply-fields", "the reply names another target IP",
                () -> arpAsked().dut(arpReply(IpAddresses.v4("192.0.2.77"))));
        pass("RFC5227-2.1.1-probe-sender", "a probe comes from 0.0.0.0",
                () -> Lab.withDut().dutTo(MacAddress.BROADCAST, arpRequest(DUT_MAC, ZERO4, MacAddress.ZERO, DUT4)));
        fail("RFC5227-2.1.1-probe-sender", "a request for its own address comes from another address",
                () -> Lab.withDut().dutTo(MacAddress.BROADCAST,
                        arpRequest(DUT_MAC, IpAddresses.v4("192.0.2.99"), MacAddress.ZERO, DUT4)));
        pass("RFC5227-2.1.1-probe-target-hardware", "the probe's target hardware address is zero",
                () -> Lab.withDut().dutTo(MacAddress.BROADCAST, arpRequest(DUT_MAC, ZERO4, MacAddress.ZERO, DUT4)));
        fail("RFC5227-2.1.1-probe-target-hardware", "the probe's target hardware address is broadcast",
                () -> Lab.withDut().dutTo(MacAddress.BROADCAST, arpRequest(DUT_MAC, ZERO4, MacAddress.BROADCAST, DUT4)));
        pass("RFC2131-2.2-probe-offered-address", "the DUT probes the acknowledged address before using it",
                () -> Lab.withDut().peerPayload(dhcpAck(), new Lab().v4(PEER4, DUT4, UDP), udp(67, 68))
                        .dutTo(MacAddress.BROADCAST, arpRequest(DUT_MAC, ZERO4, MacAddress.ZERO, DUT4))
                        .dut(new Lab().v4(DUT4, PEER4, UDP), udp(5000, 9)));
        fail("RFC2131-2.2-probe-offered-address", "the DUT uses the acknowledged address without a probe",
                () -> Lab.withDut().peerPayload(dhcpAck(), new Lab().v4(PEER4, DUT4, UDP), udp(67, 68))
                        .dut(new Lab().v4(DUT4, PEER4, UDP), udp(5000, 9)));
    }

    private static Lab dutUdp(java.util.function.Consumer<byte[]> edit) {
        Lab lab = Lab.withDut();
        return lab.dutEdited(edit, lab.v4(DUT4, PEER4, UDP), udp(5000, 9));
    }

    private static final java.util.function.Consumer<byte[]> UNCHANGED = b -> { };

    private static Lab dutFrom(Ipv4Repr ip, int srcPort) {
        return Lab.withDut().dut(ip, udp(srcPort, srcPort == 68 ? 67 : 9));
    }

    /** An echo request of {@code dataLength} octets in two fragments, from the peer. */
    private static Lab fragmentedPing(int dataLength) {
        byte[] icmp = dev.wirecheck.parsers.hand.FrameBuilder.of(
                Icmpv4Repr.echoRequest(7, 1, Octets.of(new byte[dataLength]))).build();
        int first = icmp.length / 2 / 8 * 8;
        Lab lab = Lab.withDut();
        lab.peerPayload(java.util.Arrays.copyOf(icmp, first), fragment4(PEER4, DUT4, 0x777, true, 0));
        lab.peerPayload(java.util.Arrays.copyOfRange(icmp, first, icmp.length),
                fragment4(PEER4, DUT4, 0x777, false, first / 8));
        return lab;
    }


    private void ipv4Rules() {
        pass("RFC791-3.1-version", "the header says version 4", () -> dutUdp(UNCHANGED));
        fail("RFC791-3.1-version", "the header says version 5", () -> dutUdp(set(14, 0x55)));
        pass("RFC791-3.1-ihl", "IHL is 5", () -> dutUdp(UNCHANGED));
        fail("RFC791-3.1-ihl", "IHL is 4", () -> dutUdp(set(14, 0x44)));
        pass("RFC791-3.1-total-length", "the total length matches", () -> dutUdp(UNCHANGED));
        fail("RFC791-3.1-total-length", "the total length is below the header length", () -> dutUdp(set(16, 0, 16)));
        pass("RFC791-3.1-header-checksum", "the checksum is right", () -> dutUdp(UNCHANGED));
        fail("RFC791-3.1-header-checksum", "the checksum is off by one bit", () -> dutUdp(b -> b[25] ^= 1));
        pass("RFC791-3.1-reserved-flag", "the reserved flag is clear", () -> dutUdp(UNCHANGED));
        fail("RFC791-3.1-reserved-flag", "the reserved flag is set", () -> dutUdp(b -> b[20] |= (byte) 0x80));
        pass("RFC791-3.1-padding", "a Router Alert option needs no padding",
                () -> Lab.withDut().dut(withOptions(ip4(DUT4, PEER4, UDP, 64, 1), 64, ROUTER_ALERT_V4), udp(5000, 9)));
        fail("RFC791-3.1-padding", "a non-zero octet follows End of Option List",
                () -> Lab.withDut().dut(withOptions(ip4(DUT4, PEER4, UDP, 64, 1), 64, (byte) 0, (byte) 1, (byte) 0,
                        (byte) 0), udp(5000, 9)));
        pass("RFC1122-3.2.1.7-ttl-zero", "TTL is 64", () -> dutFrom(ip4(DUT4, PEER4, UDP, 64, 1), 5000));
        fail("RFC1122-3.2.1.7-ttl-zero", "TTL is 0", () -> dutFrom(ip4(DUT4, PEER4, UDP, 0, 1), 5000));
        pass("RFC1122-3.2.1.3-source-not-broadcast", "the source is the DUT's address",
                () -> dutFrom(ip4(DUT4, PEER4, UDP, 64, 1), 5000));
        fail("RFC1122-3.2.1.3-source-not-broadcast", "the source is 255.255.255.255",
                () -> dutFrom(ip4(IpAddresses.v4("255.255.255.255"), PEER4, UDP, 64, 1), 5000));
        pass("RFC1122-3.2.1.3-loopback", "no loopback address appears", () -> dutFrom(ip4(DUT4, PEER4, UDP, 64, 1), 5000));
        fail("RFC1122-3.2.1.3-loopback", "the source is 127.0.0.1",
                () -> dutFrom(ip4(IpAddresses.v4("127.0.0.1"), PEER4, UDP, 64, 1), 5000));
        pass("RFC1122-3.2.1.3-zero-source", "0.0.0.0 sends a DHCP client message",
                () -> dutFrom(ip4(ZERO4, IpAddresses.v4("255.255.255.255"), UDP, 64, 1), 68));
        fail("RFC1122-3.2.1.3-zero-source", "0.0.0.0 sends an ordinary datagram",
                () -> dutFrom(ip4(ZERO4, PEER4, UDP, 64, 1), 5000));
        pass("RFC791-2.3-fragment-size", "a non-last fragment carries 16 octets",
                () -> Lab.withDut().dut(new Ipv4Repr(DUT4, PEER4, UDP, 64, 9, false, true, 0, 0, 0, Octets.EMPTY),
                        udp(5000, 9)).dut(new Ipv4Repr(DUT4, PEER4, UDP, 64, 9, false, false, 2, 0, 0, Octets.EMPTY),
                        udp(1, 1)));
        fail("RFC791-2.3-fragment-size", "a non-last fragment carries 12 octets",
                () -> Lab.withDut().dut(new Ipv4Repr(DUT4, PEER4, ICMP, 64, 9, false, true, 0, 0, 0, Octets.EMPTY),
                        new Icmpv4Repr(8, 0, 0, Octets.of(new byte[4]))));
        pass("RFC6864-4.3-id-unique", "two datagrams carry different IDs",
                () -> dutFrom(ip4(DUT4, PEER4, UDP, 64, 0x4242), 5000).dut(ip4(DUT4, PEER4, UDP, 64, 0x4243), udp(5000, 9)));
        fail("RFC6864-4.3-id-unique", "two datagrams carry the same ID within a second",
                () -> dutFrom(ip4(DUT4, PEER4, UDP, 64, 0x4242), 5000).dut(ip4(DUT4, PEER4, UDP, 64, 0x4242), udp(5000, 9)));
        pass("RFC1122-3.2.1.2-bad-checksum-discarded", "an echo request with a bad header checksum gets no reply",
                () -> Lab.withDut().peerEdited(b -> b[25] ^= 1, ip4(PEER4, DUT4, ICMP, 64, 5),
                        Icmpv4Repr.echoRequest(7, 1, DATA)));
        fail("RFC1122-3.2.1.2-bad-checksum-discarded", "an echo request with a bad header checksum is answered",
                () -> Lab.withDut().peerEdited(b -> b[25] ^= 1, ip4(PEER4, DUT4, ICMP, 64, 5),
                        Icmpv4Repr.echoRequest(7, 1, DATA)).pong4(1));
        pass("RFC1122-3.2.1.1-bad-version-discarded", "a version-5 datagram gets no answer",
                () -> Lab.withDut().peerEdited(set(14, 0x55), ip4(PEER4, DUT4, ICMP, 64, 5),
                        Icmpv4Repr.echoRequest(7, 1, DATA)));
        fail("RFC1122-3.2.1.1-bad-version-discarded", "a version-5 datagram is answered",
                () -> Lab.withDut().peerEdited(set(14, 0x55), ip4(PEER4, DUT4, ICMP, 64, 5),
                        Icmpv4Repr.echoRequest(7, 1, DATA)).pong4(1));
        pass("RFC1122-3.3.2-reassembly-576", "a 328-octet echo request in two fragments is answered",
                () -> fragmentedPing(300).pong4(1));
        fail("RFC1122-3.3.2-reassembly-576", "a 328-octet echo request in two fragments is not answered",
                () -> fragmentedPing(300));
        pass("RFC1122-3.3.2-reassembly", "a 1228-octet echo request in two fragments is answered",
                () -> fragmentedPing(1200).pong4(1));
        fail("RFC1122-3.3.2-reassembly", "a 1228-octet echo request in two fragments is not answered",
                () -> fragmentedPing(1200));
    }

    private void icmpv4Rules() {
        pass("RFC1122-3.2.2.6-echo-reply", "the echo request is answered", () -> Lab.withDut().ping4(1).pong4(1));
        fail("RFC1122-3.2.2.6-echo-reply", "the echo request is not answered", () -> Lab.withDut().ping4(1));
        pass("RFC792-echo-identifiers", "the reply carries the request's id and sequence",
                () -> Lab.withDut().ping4(1).pong4(1));
        fail("RFC792-echo-identifiers", "the reply carries another sequence number", () -> Lab.withDut().ping4(1).pong4(2));
        pass("RFC1122-3.2.2.6-echo-data", "the reply returns the data", () -> Lab.withDut().ping4(1).pong4(1));
        fail("RFC1122-3.2.2.6-echo-data", "the reply returns other data", () -> {
            Lab lab = Lab.withDut().ping4(1);
            return lab.dut(lab.v4(DUT4, PEER4, ICMP), Icmpv4Repr.echoReply(7, 1, Octets.of(new byte[DATA.length()])));
        });
        pass("RFC1122-3.2.2.6-echo-source", "the reply comes from the requested address",
                () -> Lab.withDut().ping4(1).pong4(1));
        fail("RFC1122-3.2.2.6-echo-source", "the reply comes from another address", () -> {
            Lab lab = Lab.withDut().ping4(1);
            return lab.dut(lab.v4(IpAddresses.v4("192.0.2.11"), PEER4, ICMP), Icmpv4Repr.echoReply(7, 1, DATA));
        });
        pass("RFC792-checksum", "the reply's checksum is right", () -> Lab.withDut().ping4(1).pong4(1));
        fail("RFC792-checksum", "the reply's checksum is wrong", () -> {
            Lab lab = Lab.withDut().ping4(1);
            return lab.dutEdited(b -> b[37] ^= 1, lab.v4(DUT4, PEER4, ICMP), Icmpv4Repr.echoReply(7, 1, DATA));
        });
        Ipv4Repr udpToDut = ip4(PEER4, DUT4, UDP, 64, 3);
        pass("RFC1122-3.2.2-error-quote", "the error quotes the header and 8 octets",
                () -> Lab.withDut().dut(ip4(DUT4, PEER4, ICMP, 64, 4), unreachable(3, quote(28, udpToDut, udp(1, 9999)))));
        fail("RFC1122-3.2.2-error-quote", "the error quotes the header and 4 octets",
                () -> Lab.withDut().dut(ip4(DUT4, PEER4, ICMP, 64, 4), unreachable(3, quote(24, udpToDut, udp(1, 9999)))));
        pass("RFC1122-3.2.2-no-error-about-error", "the error is about a UDP datagram",
                () -> Lab.withDut().dut(ip4(DUT4, PEER4, ICMP, 64, 4), unreachable(3, quote(28, udpToDut, udp(1, 9999)))));
        fail("RFC1122-3.2.2-no-error-about-error", "the error is about an ICMP error",
                () -> Lab.withDut().dut(ip4(DUT4, PEER4, ICMP, 64, 4), unreachable(3,
                        quote(36, ip4(PEER4, DUT4, ICMP, 64, 3), unreachable(1, Octets.of(new byte[28]))))));
        pass("RFC1122-3.2.2-no-error-about-broadcast", "the error is about a unicast datagram",
                () -> Lab.withDut().dut(ip4(DUT4, PEER4, ICMP, 64, 4), unreachable(3, quote(28, udpToDut, udp(1, 9999)))));
        fail("RFC1122-3.2.2-no-error-about-broadcast", "the error is about a datagram to 255.255.255.255",
                () -> Lab.withDut().dut(ip4(DUT4, PEER4, ICMP, 64, 4), unreachable(3,
                        quote(28, ip4(PEER4, IpAddresses.v4("255.255.255.255"), UDP, 64, 3), udp(1, 9999)))));
        pass("RFC1122-3.2.2-no-error-about-fragment", "the error is about a first fragment",
                () -> Lab.withDut().dut(ip4(DUT4, PEER4, ICMP, 64, 4), unreachable(3, quote(28, udpToDut, udp(1, 9999)))));
        fail("RFC1122-3.2.2-no-error-about-fragment", "the error is about a fragment at offset 80",
                () -> Lab.withDut().dut(ip4(DUT4, PEER4, ICMP, 64, 4), unreachable(3,
                        quote(28, new Ipv4Repr(PEER4, DUT4, UDP, 64, 3, false, false, 10, 0, 0, Octets.EMPTY),
                                udp(1, 9999)))));
        pass("RFC1122-3.2.2-no-error-about-invalid-source", "the error is about a datagram from a host",
                () -> Lab.withDut().dut(ip4(DUT4, PEER4, ICMP, 64, 4), unreachable(3, quote(28, udpToDut, udp(1, 9999)))));
        fail("RFC1122-3.2.2-no-error-about-invalid-source", "the error is about a datagram from 0.0.0.0",
                () -> Lab.withDut().dut(ip4(DUT4, PEER4, ICMP, 64, 4), unreachable(3,
                        quote(28, ip4(ZERO4, DUT4, UDP, 64, 3), udp(1, 9999)))));
    }

    private static Lab udpTo(int port, java.util.function.Consumer<byte[]> edit) {
        Lab lab = Lab.withDut();
        return lab.peerEdited(edit, lab.v4(PEER4, DUT4, UDP), udp(4000, port));
    }

    private static Lab udp6To(int port, java.util.function.Consumer<byte[]> edit) {
        return Lab.withDut().peerEdited(edit, Lab.v6(PEER6, DUT6, UDP, 64), udp(4000, port));
    }

    private static Lab portUnreachable4(Lab lab, int id) {
        return lab.dut(ip4(DUT4, PEER4, ICMP, 64, 50 + id),
                unreachable(3, quote(28, ip4(PEER4, DUT4, UDP, 64, id), udp(4000, 9999))));
    }

    private static Lab quotedBack(int quotedId) {
        return Lab.withDut().peerPayload(new byte[16], ip4(PEER4, DUT4, UDP, 64, 0x1234), udp(4000, 9999))
                .dut(ip4(DUT4, PEER4, ICMP, 64, 60),
                        unreachable(3, quote(28, ip4(PEER4, DUT4, UDP, 64, quotedId), udp(4000, 9999))));
    }

    /** Two datagrams to one closed port, then an error quoting the first (found replaying lwIP's capture 10 fast). */
    private static Lab quotedFromBurst(int quotedId) {
        return Lab.withDut().peerPayload(new byte[16], ip4(PEER4, DUT4, UDP, 64, 0x1111), udp(4000, 9999))
                .peerPayload(new byte[16], ip4(PEER4, DUT4, UDP, 64, 0x2222), udp(4000, 9999))
                .dut(ip4(DUT4, PEER4, ICMP, 64, 60),
                        unreachable(3, quote(28, ip4(PEER4, DUT4, UDP, 64, quotedId), udp(4000, 9999))));
    }

    private void udpRules() {
        pass("RFC1122-3.2.2-quote-unchanged", "the error quotes the datagram as received", () -> quotedBack(0x1234));
        pass("RFC1122-3.2.2-quote-unchanged", "the error quotes the earlier of two datagrams of a burst unchanged",
                () -> quotedFromBurst(0x1111));
        fail("RFC1122-3.2.2-quote-unchanged", "the error quotes a datagram of the burst with its IP ID zeroed",
                () -> quotedFromBurst(0));
        fail("RFC1122-3.2.2-quote-unchanged", "the error quotes the datagram with its IP ID zeroed",
                () -> quotedBack(0));
        pass("RFC768-checksum", "the checksum is right", () -> dutUdp(UNCHANGED));
        fail("RFC768-checksum", "the checksum is wrong", () -> dutUdp(b -> b[41] ^= 1));
        pass("RFC768-length", "the length is header plus data", () -> dutUdp(UNCHANGED));
        fail("RFC768-length", "the length is 4", () -> dutUdp(set(38, 0, 4)));
        pass("RFC8200-8.1-udp-checksum", "a UDP/IPv6 checksum is computed",
                () -> Lab.withDut().dut(Lab.v6(DUT6, PEER6, UDP, 64), udp(5000, 9)));
        fail("RFC8200-8.1-udp-checksum", "a UDP/IPv6 checksum is zero",
                () -> Lab.withDut().dutEdited(set(60, 0, 0), Lab.v6(DUT6, PEER6, UDP, 64), udp(5000, 9)));
        pass("RFC1122-4.1.3.4-bad-checksum-discarded", "a datagram with a bad checksum gets no echo",
                () -> udpTo(7, b -> b[41] ^= 1));
        fail("RFC1122-4.1.3.4-bad-checksum-discarded", "a datagram with a bad checksum is echoed",
                () -> udpTo(7, b -> b[41] ^= 1).dut(new Lab().v4(DUT4, PEER4, UDP), udp(7, 4000)));
        pass("RFC8200-8.1-zero-checksum-discarded", "an IPv6 datagram with a zero checksum gets no echo",
                () -> udp6To(7, set(60, 0, 0)));
        fail("RFC8200-8.1-zero-checksum-discarded", "an IPv6 datagram with a zero checksum is echoed",
                () -> udp6To(7, set(60, 0, 0)).dut(Lab.v6(DUT6, PEER6, UDP, 64), udp(7, 4000)));
        pass("RFC1122-4.1.3.1-port-unreachable", "a datagram to a closed port gets port unreachable",
                () -> portUnreachable4(Lab.withDut().peer(ip4(PEER4, DUT4, UDP, 64, 1), udp(4000, 9999)), 1));
        fail("RFC1122-4.1.3.1-port-unreachable", "a second datagram to the closed port gets nothing",
                () -> portUnreachable4(Lab.withDut().peer(ip4(PEER4, DUT4, UDP, 64, 1), udp(4000, 9999)), 1)
                        .peer(ip4(PEER4, DUT4, UDP, 64, 2), udp(4000, 9999)));
        Octets quoted6 = quote(48, Lab.v6(PEER6, DUT6, UDP, 64), udp(4000, 9999));
        pass("RFC4443-3.1-port-unreachable", "a datagram to a closed port gets port unreachable",
                () -> Lab.withDut().peer(Lab.v6(PEER6, DUT6, UDP, 64), udp(4000, 9999))
                        .dut(Lab.v6(DUT6, PEER6, ICMPV6, 64), icmpv6Error(1, 4, 0, quoted6)));
        fail("RFC4443-3.1-port-unreachable", "a second datagram to the closed port gets nothing",
                () -> Lab.withDut().peer(Lab.v6(PEER6, DUT6, UDP, 64), udp(4000, 9999))
                        .dut(Lab.v6(DUT6, PEER6, ICMPV6, 64), icmpv6Error(1, 4, 0, quoted6))
                        .peer(Lab.v6(PEER6, DUT6, UDP, 64), udp(4000, 9999)));
    }

    private static Lab pingWithOption(int optionType, boolean multicast) {
        return Lab.withDut().peer(v6hbh(PEER6, multicast ? ALL_NODES : DUT6, ICMPV6, 64, (byte) optionType, (byte) 0),
                Icmpv6Repr.echo(128, 7, 1, DATA));
    }

    /** Parameter Problem code 2 pointing at the option (octet 42: 40-octet header, then next header and length). */
    private static Lab parameterProblem(Lab lab, int optionType, int code, long pointer) {
        Octets quoted = quote(200, v6hbh(PEER6, DUT6, ICMPV6, 64, (byte) optionType, (byte) 0),
                Icmpv6Repr.echo(128, 7, 1, DATA));
        return lab.dut(Lab.v6(DUT6, PEER6, ICMPV6, 64), icmpv6Error(4, code, pointer, quoted));
    }

    private void ipv6Rules() {
        pass("RFC8200-3-version", "the header says version 6", () -> Lab.withDut());
        fail("RFC8200-3-version", "the header says version 5",
                () -> Lab.withDut().dutEdited(set(14, 0x50), Lab.v6(DUT6, PEER6, UDP, 64), udp(5000, 9)));
        pass("RFC8200-3-payload-length", "the payload length matches", () -> Lab.withDut());
        fail("RFC8200-3-payload-length", "the payload length runs past the frame",
                () -> Lab.withDut().dutEdited(set(18, 5, 0), Lab.v6(DUT6, PEER6, UDP, 64), udp(5000, 9)));
        pass("RFC8200-4-hop-by-hop-first", "the hop-by-hop header comes first",
                () -> Lab.withDut().dut(v6hbh(DUT6, PEER6, UDP, 64), udp(5000, 9)));
        fail("RFC8200-4-hop-by-hop-first", "a hop-by-hop header follows destination options",
                () -> Lab.withDut().dut(Lab.v6(DUT6, PEER6, UDP, 64).withExtensions(List.of(
                        Ipv6ExtensionRepr.options(IpProtocols.IPV6_OPTS, Octets.EMPTY),
                        Ipv6ExtensionRepr.options(IpProtocols.HOPOPT, Octets.EMPTY))), udp(5000, 9)));
        pass("RFC4291-2.7-multicast-source", "the source is unicast", () -> Lab.withDut());
        fail("RFC4291-2.7-multicast-source", "the source is ff02::1",
                () -> Lab.withDut().dut(Lab.v6(ALL_NODES, PEER6, UDP, 64), udp(5000, 9)));
        pass("RFC8200-4.2-unknown-option-00", "an echo request with a skippable unknown option is answered",
                () -> pingWithOption(0x1e, false).pong6(1));
        fail("RFC8200-4.2-unknown-option-00", "an echo request with a skippable unknown option is dropped",
                () -> pingWithOption(0x1e, false));
        pass("RFC8200-4.2-unknown-option-01", "a packet whose unknown option says discard gets no answer",
                () -> pingWithOption(0x5e, false));
        fail("RFC8200-4.2-unknown-option-01", "a packet whose unknown option says discard is answered",
                () -> pingWithOption(0x5e, false).pong6(1));
        pass("RFC8200-4.2-unknown-option-10", "an unknown 10-option gets Parameter Problem code 2 at octet 42",
                () -> parameterProblem(pingWithOption(0x9e, false), 0x9e, 2, 42));
        fail("RFC8200-4.2-unknown-option-10", "an unknown 10-option is answered with an echo reply",
                () -> pingWithOption(0x9e, false).pong6(1));
        pass("RFC8200-4.2-unknown-option-11", "an unknown 11-option to a unicast address gets Parameter Problem code 2",
                () -> parameterProblem(pingWithOption(0xde, false), 0xde, 2, 42));
        fail("RFC8200-4.2-unknown-option-11", "an unknown 11-option to a unicast address gets nothing",
                () -> pingWithOption(0xde, false));
        Octets unknownNh = quote(48, Lab.v6(PEER6, DUT6, 253, 64));
        pass("RFC8200-4-unknown-next-header", "next header 253 gets Parameter Problem code 1",
                () -> Lab.withDut().peer(Lab.v6(PEER6, DUT6, 253, 64), udp(1, 2))
                        .dut(Lab.v6(DUT6, PEER6, ICMPV6, 64), icmpv6Error(4, 1, 6, unknownNh)));
        fail("RFC8200-4-unknown-next-header", "next header 253 gets nothing",
                () -> Lab.withDut().peer(Lab.v6(PEER6, DUT6, 253, 64), udp(1, 2)));
    }

    private static Lab dutError6(Octets quoted) {
        return Lab.withDut().dut(Lab.v6(DUT6, PEER6, ICMPV6, 64), icmpv6Error(1, 4, 0, quoted));
    }

    private void icmpv6Rules() {
        pass("RFC4443-4.1-echo-reply", "the echo request is answered", () -> Lab.withDut().ping6(1).pong6(1));
        fail("RFC4443-4.1-echo-reply", "the echo request is not answered", () -> Lab.withDut().ping6(1));
        pass("RFC4443-4.2-echo-data", "the reply returns the data", () -> Lab.withDut().ping6(1).pong6(1));
        fail("RFC4443-4.2-echo-data", "the reply returns other data", () -> Lab.withDut().ping6(1)
                .dut(Lab.v6(DUT6, PEER6, ICMPV6, 64), Icmpv6Repr.echo(129, 7, 1, Octets.of(new byte[4]))));
        pass("RFC4443-4.2-echo-source", "the reply comes from the requested address", () -> Lab.withDut().ping6(1).pong6(1));
        fail("RFC4443-4.2-echo-source", "the reply comes from another address", () -> Lab.withDut().ping6(1)
                .dut(Lab.v6(IpAddresses.v6("2001:db8::11"), PEER6, ICMPV6, 64), Icmpv6Repr.echo(129, 7, 1, DATA)));
        pass("RFC4443-2.3-checksum", "the checksum is right", () -> Lab.withDut().ping6(1).pong6(1));
        fail("RFC4443-2.3-checksum", "the checksum is wrong", () -> Lab.withDut().ping6(1)
                .dutEdited(b -> b[57] ^= 1, Lab.v6(DUT6, PEER6, ICMPV6, 64), Icmpv6Repr.echo(129, 7, 1, DATA)));
        Octets udpQuote = quote(1000, Lab.v6(PEER6, DUT6, UDP, 64), udp(4000, 9999));
        pass("RFC4443-2.4-no-error-about-error", "the error is about a UDP datagram", () -> dutError6(udpQuote));
        fail("RFC4443-2.4-no-error-about-error", "the error is about an ICMPv6 error",
                () -> dutError6(quote(1000, Lab.v6(PEER6, DUT6, ICMPV6, 64), icmpv6Error(1, 4, 0, Octets.of(new byte[8])))));
        pass("RFC4443-2.4-no-error-about-multicast", "the error is about a unicast packet", () -> dutError6(udpQuote));
        fail("RFC4443-2.4-no-error-about-multicast", "a port unreachable is about a packet to ff02::1",
                () -> dutError6(quote(1000, Lab.v6(PEER6, ALL_NODES, UDP, 64), udp(4000, 9999))));
        pass("RFC4443-2.4-no-error-about-invalid-source", "the error is about a packet from a node",
                () -> dutError6(udpQuote));
        fail("RFC4443-2.4-no-error-about-invalid-source", "the error is about a packet from ::",
                () -> dutError6(quote(1000, Lab.v6(UNSPECIFIED, DUT6, UDP, 64), udp(4000, 9999))));
        pass("RFC4443-2.4-error-size", "the error quotes the whole 64-octet packet", () -> dutError6(udpQuote));
        fail("RFC4443-2.4-error-size", "the error quotes 48 of the packet's 64 octets",
                () -> dutError6(quote(48, Lab.v6(PEER6, DUT6, UDP, 64), udp(4000, 9999))));
    }

    private static Lab solicited(int hopLimit, Icmpv6Repr ns) {
        return Lab.withDut().peerTo(MacAddress.parse("33:33:ff:00:00:10"), Lab.v6(PEER6, DUT_SOLICITED, ICMPV6, hopLimit), ns);
    }

    private static Lab solicited() {
        return solicited(255, ns(DUT6, PEER_MAC));
    }

    private static Lab advertise(Lab lab, int flags, MacAddress tlla, int hopLimit) {
        return lab.dut(Lab.v6(DUT6, PEER6, ICMPV6, hopLimit), na(flags, DUT6, tlla));
    }

    private static final Icmpv6Repr ZERO_OPTION_NS = NdpBuilder.neighborSolicitation(DUT6)
            .raw(new byte[]{1, 0, 0, 0, 0, 0, 0, 0}).build();

    private static Lab dutNs(Inet6AddressPair from, Icmpv6Repr ns) {
        return Lab.withDut().dutTo(MacAddress.parse("33:33:ff:00:00:01"), Lab.v6(from.src, from.dst, ICMPV6, 255), ns);
    }

    private record Inet6AddressPair(java.net.Inet6Address src, java.net.Inet6Address dst) {
    }

    private void ndpRules() {
        pass("RFC4861-4-hop-limit-255", "the advertisement has hop limit 255",
                () -> advertise(solicited(), 0x60, DUT_MAC, 255));
        fail("RFC4861-4-hop-limit-255", "the advertisement has hop limit 64",
                () -> advertise(solicited(), 0x60, DUT_MAC, 64));
        pass("RFC4861-4.6-option-length", "the solicitation's option has length 1",
                () -> dutNs(new Inet6AddressPair(DUT6, PEER_SOLICITED), ns(PEER6, DUT_MAC)));
        fail("RFC4861-4.6-option-length", "the solicitation carries an option of length 0",
                () -> dutNs(new Inet6AddressPair(DUT6, PEER_SOLICITED), NdpBuilder.neighborSolicitation(PEER6)
                        .raw(new byte[]{1, 0, 0, 0, 0, 0, 0, 0}).build()));
        pass("RFC4861-7.2.4-ns-answered", "the solicitation is answered", () -> advertise(solicited(), 0x60, DUT_MAC, 255));
        fail("RFC4861-7.2.4-ns-answered", "the solicitation is not answered", RuleCases::solicited);
        pass("RFC4861-7.2.4-solicited-flag", "the answer sets S", () -> advertise(solicited(), 0x60, DUT_MAC, 255));
        fail("RFC4861-7.2.4-solicited-flag", "the answer clears S", () -> advertise(solicited(), 0x20, DUT_MAC, 255));
        pass("RFC4861-7.2.4-target-link-address", "the answer to a multicast solicitation names the MAC",
                () -> advertise(solicited(), 0x60, DUT_MAC, 255));
        fail("RFC4861-7.2.4-target-link-address", "the answer to a multicast solicitation has no TLLA option",
                () -> advertise(solicited(), 0x60, null, 255));
        pass("RFC4861-7.1.1-ns-hop-limit", "a solicitation with hop limit 64 is ignored",
                () -> solicited(64, ns(DUT6, PEER_MAC)));
        fail("RFC4861-7.1.1-ns-hop-limit", "a solicitation with hop limit 64 is answered",
                () -> advertise(solicited(64, ns(DUT6, PEER_MAC)), 0x60, DUT_MAC, 255));
        pass("RFC4861-7.1.1-ns-option-length", "a solicitation with a zero-length option is ignored",
                () -> solicited(255, ZERO_OPTION_NS));
        fail("RFC4861-7.1.1-ns-option-length", "a solicitation with a zero-length option is answered",
                () -> advertise(solicited(255, ZERO_OPTION_NS), 0x60, DUT_MAC, 255));
        pass("RFC4861-4.3-ns-slla-unspecified", "a DAD solicitation has no SLLA option",
                () -> dutNs(new Inet6AddressPair(UNSPECIFIED, DUT_SOLICITED), ns(DUT6, null)));
        fail("RFC4861-4.3-ns-slla-unspecified", "a DAD solicitation has an SLLA option",
                () -> dutNs(new Inet6AddressPair(UNSPECIFIED, DUT_SOLICITED), ns(DUT6, DUT_MAC)));
        pass("RFC4861-4.3-ns-slla-multicast", "a multicast solicitation names the sender's MAC",
                () -> dutNs(new Inet6AddressPair(DUT6, PEER_SOLICITED), ns(PEER6, DUT_MAC)));
        fail("RFC4861-4.3-ns-slla-multicast", "a multicast solicitation has no SLLA option",
                () -> dutNs(new Inet6AddressPair(DUT6, PEER_SOLICITED), ns(PEER6, null)));
        pass("RFC4861-4.1-rs-slla-unspecified", "a router solicitation from :: has no SLLA option",
                () -> dutNs(new Inet6AddressPair(UNSPECIFIED, ALL_ROUTERS), NdpBuilder.routerSolicitation().build()));
        fail("RFC4861-4.1-rs-slla-unspecified", "a router solicitation from :: has an SLLA option",
                () -> dutNs(new Inet6AddressPair(UNSPECIFIED, ALL_ROUTERS),
                        NdpBuilder.routerSolicitation().sourceLinkAddress(DUT_MAC).build()));
        pass("RFC4861-6.2.4-host-no-ra", "the host sends only solicitations",
                () -> dutNs(new Inet6AddressPair(DUT6, PEER_SOLICITED), ns(PEER6, DUT_MAC)));
        fail("RFC4861-6.2.4-host-no-ra", "the host sends a Router Advertisement",
                () -> dutNs(new Inet6AddressPair(DUT_LL, ALL_NODES),
                        NdpBuilder.routerAdvertisement(64, 0, 1800, 0, 0).build()));
        pass("RFC4862-5.4.2-dad-destination", "the DAD solicitation goes to the solicited-node group",
                () -> dutNs(new Inet6AddressPair(UNSPECIFIED, DUT_SOLICITED), ns(DUT6, null)));
        fail("RFC4862-5.4.2-dad-destination", "the DAD solicitation goes to ff02::1",
                () -> dutNs(new Inet6AddressPair(UNSPECIFIED, ALL_NODES), ns(DUT6, null)));
        pass("RFC4862-5.4-dad-before-use", "the address is probed before use", () -> new Lab()
                .dutTo(MacAddress.parse("33:33:ff:00:00:10"), Lab.v6(UNSPECIFIED, DUT_SOLICITED, ICMPV6, 255), ns(DUT6, null))
                .after(1000).dut(Lab.v6(DUT6, PEER6, UDP, 64), udp(5000, 9)));
        fail("RFC4862-5.4-dad-before-use", "an address is used without DAD while another was probed", () -> new Lab()
                .dutTo(MacAddress.parse("33:33:ff:00:00:10"), Lab.v6(UNSPECIFIED, DUT_SOLICITED, ICMPV6, 255),
                        ns(DUT_LL, null))
                .after(1000).dut(Lab.v6(DUT6, PEER6, UDP, 64), udp(5000, 9)));
    }

    private static Lab igmp(Ipv4Repr ip, IgmpRepr m) {
        return Lab.withDut().dutTo(MacAddress.parse("01:00:5e:01:02:03"), ip, m);
    }

    private static Ipv4Repr reportIp(java.net.Inet4Address dst, int ttl, boolean alert) {
        Ipv4Repr ip = ip4(DUT4, dst, IpProtocols.IGMP, ttl, 77);
        return alert ? withOptions(ip, ttl, ROUTER_ALERT_V4) : ip;
    }

    private static Lab mld(java.net.Inet6Address src, java.net.Inet6Address dst, int hopLimit, boolean alert) {
        var ip = alert ? v6hbh(src, dst, ICMPV6, hopLimit, ROUTER_ALERT_MLD) : Lab.v6(src, dst, ICMPV6, hopLimit);
        return Lab.withDut().dutTo(MacAddress.parse("33:33:ff:00:00:10"), ip, mldReport(131, MLD_GROUP));
    }

    private static Lab queried() {
        return igmp(reportIp(GROUP, 1, true), igmpReport(GROUP))
                .peerTo(MacAddress.parse("01:00:5e:00:00:01"),
                        withOptions(ip4(PEER4, IpAddresses.v4("224.0.0.1"), IpProtocols.IGMP, 1, 5), 1, ROUTER_ALERT_V4),
                        IgmpRepr.v2(0x11, 10, ZERO4));
    }

    /** The DUT listens to MLD_GROUP, then a router asks all listeners (Maximum Response Delay 1000 ms). */
    private static Lab mldQueried() {
        byte[] query = new byte[20];
        query[0] = 0x03;
        query[1] = (byte) 0xe8;
        return mld(DUT_LL, MLD_GROUP, 1, true).peerTo(MacAddress.parse("33:33:00:00:00:01"),
                v6hbh(PEER_LL, ALL_NODES, ICMPV6, 1, ROUTER_ALERT_MLD), new Icmpv6Repr(130, 0, Octets.of(query)));
    }

    private void multicastRules() {
        pass("RFC2710-4-query-answered", "a general query is answered with a report for the group",
                () -> mldQueried().after(400).dutTo(MacAddress.parse("33:33:ff:00:00:10"),
                        v6hbh(DUT_LL, MLD_GROUP, ICMPV6, 1, ROUTER_ALERT_MLD), mldReport(131, MLD_GROUP)));
        fail("RFC2710-4-query-answered", "a general query gets no report", RuleCases::mldQueried);
        // RFC 2710 §4: a listener that hears another node's Report stops its timer and sends none.
        inconclusive("RFC2710-4-query-answered", "another node reports the group first (MLDv1 suppression)",
                () -> mldQueried().after(200).peerTo(MacAddress.parse("33:33:ff:00:00:10"),
                        v6hbh(PEER_LL, MLD_GROUP, ICMPV6, 1, ROUTER_ALERT_MLD), mldReport(131, MLD_GROUP)));
        pass("RFC2236-2.3-checksum", "the report's checksum is right", () -> igmp(reportIp(GROUP, 1, true), igmpReport(GROUP)));
        fail("RFC2236-2.3-checksum", "the report's checksum is wrong", () -> Lab.withDut().dutEdited(b -> b[41] ^= 1,
                reportIp(GROUP, 1, true), igmpReport(GROUP)));
        pass("RFC2236-2-ttl", "the report has TTL 1", () -> igmp(reportIp(GROUP, 1, true), igmpReport(GROUP)));
        fail("RFC2236-2-ttl", "the report has TTL 64", () -> igmp(reportIp(GROUP, 64, true), igmpReport(GROUP)));
        pass("RFC2236-2-router-alert", "the report carries Router Alert", () -> igmp(reportIp(GROUP, 1, true), igmpReport(GROUP)));
        fail("RFC2236-2-router-alert", "the report has no IP options", () -> igmp(reportIp(GROUP, 1, false), igmpReport(GROUP)));
        pass("RFC2236-3-report-destination", "the report goes to its group",
                () -> igmp(reportIp(GROUP, 1, true), igmpReport(GROUP)));
        fail("RFC2236-3-report-destination", "the report goes to 224.0.0.1",
                () -> igmp(reportIp(IpAddresses.v4("224.0.0.1"), 1, true), igmpReport(GROUP)));
        pass("RFC2236-3-query-answered", "a general query is answered with a report for the joined group",
                () -> queried().after(300).dutTo(MacAddress.parse("01:00:5e:01:02:03"), reportIp(GROUP, 1, true),
                        igmpReport(GROUP)));
        fail("RFC2236-3-query-answered", "a general query gets no report", RuleCases::queried);
        // RFC 2236 §3: a host that hears another host's Report stops its timer and sends none.
        inconclusive("RFC2236-3-query-answered", "another member reports the group first (suppression)",
                () -> queried().after(200).peerTo(MacAddress.parse("01:00:5e:01:02:03"),
                        withOptions(ip4(PEER4, GROUP, IpProtocols.IGMP, 1, 9), 1, ROUTER_ALERT_V4), igmpReport(GROUP)));
        pass("RFC9777-5-hop-limit", "the MLD report has hop limit 1", () -> mld(DUT_LL, MLD_GROUP, 1, true));
        fail("RFC9777-5-hop-limit", "the MLD report has hop limit 64", () -> mld(DUT_LL, MLD_GROUP, 64, true));
        pass("RFC9777-5-router-alert", "the MLD report carries Router Alert", () -> mld(DUT_LL, MLD_GROUP, 1, true));
        fail("RFC9777-5-router-alert", "the MLD report has no hop-by-hop header", () -> mld(DUT_LL, MLD_GROUP, 1, false));
        pass("RFC9777-5-link-local-source", "the MLD report comes from the link-local address",
                () -> mld(DUT_LL, MLD_GROUP, 1, true));
        fail("RFC9777-5-link-local-source", "the MLD report comes from a global address", () -> mld(DUT6, MLD_GROUP, 1, true));
        pass("RFC2710-4-report-destination", "the MLD report goes to its group", () -> mld(DUT_LL, MLD_GROUP, 1, true));
        fail("RFC2710-4-report-destination", "the MLD report goes to ff02::1", () -> mld(DUT_LL, ALL_NODES, 1, true));
    }
}
