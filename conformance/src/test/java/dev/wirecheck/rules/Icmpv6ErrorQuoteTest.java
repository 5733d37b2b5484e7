package dev.wirecheck.rules;

import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.parsers.hand.Icmpv6Repr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv6Repr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.stack.Stimulus;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Octets;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.wirecheck.rules.Lab.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which packet an ICMPv6 error answers. RFC 4443 §2.4(c): an error carries "as much of invoking
 * packet as possible without the ICMPv6 packet exceeding the minimum IPv6 MTU". An IPv6 header
 * has no identification, so the quoted upper-layer header is what names the packet: without it,
 * one port unreachable answered every datagram pending between the same two hosts.
 */
class Icmpv6ErrorQuoteTest {
    private static final Ipv6Repr UDP6 = Lab.v6(PEER6, DUT6, IpProtocols.UDP, 64);
    private static final Ipv6Repr ICMP6 = Lab.v6(PEER6, DUT6, IpProtocols.ICMPV6, 64);

    @Test
    void aPortUnreachableAnswersTheDatagramWhosePortsItQuotes() {
        Stimulus datagram = stimulus(UDP6, new UdpRepr(20000, 6000));
        assertTrue(datagram.erroredBy(error(quote(UDP6, new UdpRepr(20000, 6000)))));
        assertFalse(datagram.erroredBy(error(quote(UDP6, new UdpRepr(20000, 6002)))), "another port");
        assertFalse(datagram.erroredBy(error(quote(ICMP6, Icmpv6Repr.echo(128, 7, 1, DATA)))), "another protocol");
    }

    @Test
    void aQuoteCutBeforeTheUpperLayerHeaderIsMatchedByItsAddresses() {
        Stimulus datagram = stimulus(UDP6, new UdpRepr(20000, 6000));
        Octets whole = quote(UDP6, new UdpRepr(20000, 6000));
        assertTrue(datagram.erroredBy(error(Octets.of(Arrays.copyOf(whole.toByteArray(), 40)))));
    }

    @Test
    void anErrorAboutAnEchoRequestNamesItsIdentifierAndSequence() {
        Stimulus ping = stimulus(ICMP6, Icmpv6Repr.echo(128, 7, 1, DATA));
        assertTrue(ping.erroredBy(error(quote(ICMP6, Icmpv6Repr.echo(128, 7, 1, DATA)))));
        assertFalse(ping.erroredBy(error(quote(ICMP6, Icmpv6Repr.echo(128, 7, 2, DATA)))), "another sequence");
        assertFalse(ping.erroredBy(error(quote(UDP6, new UdpRepr(20000, 6000)))), "a datagram");
    }

    private static Stimulus stimulus(HeaderRepr... stack) {
        return Stimulus.of(new Dissector().dissect(Frame.ethernet(Lab.build(PEER_MAC, DUT_MAC, stack), 0, 1)));
    }

    private static Octets quote(HeaderRepr... packet) {
        return Octets.of(FrameBuilder.of(packet).build());
    }

    /** Destination unreachable, port unreachable (RFC 4443 §3.1, type 1 code 4), from the DUT. */
    private static dev.wirecheck.parsers.hand.DecodedFrame error(Octets quoted) {
        byte[] b = Lab.build(DUT_MAC, PEER_MAC, Lab.v6(DUT6, PEER6, IpProtocols.ICMPV6, 64), Stimuli.icmpv6Error(1, 4, 0, quoted));
        return new Dissector().dissect(Frame.ethernet(b, 0, 2));
    }
}
