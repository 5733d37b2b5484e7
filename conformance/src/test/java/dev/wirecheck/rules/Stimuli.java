package dev.wirecheck.rules;

import dev.wirecheck.parsers.hand.ArpRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.Icmpv6Repr;
import dev.wirecheck.parsers.hand.IgmpRepr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.Ipv6ExtensionRepr;
import dev.wirecheck.parsers.hand.Ipv6Repr;
import dev.wirecheck.parsers.hand.NdpBuilder;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.Octets;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.Arrays;
import java.util.List;

import static dev.wirecheck.rules.Lab.*;

/** Headers and message bodies the rule cases share, all made with the hand builders. */
final class Stimuli {
    static final Inet4Address ZERO4 = IpAddresses.v4("0.0.0.0");
    static final Inet4Address GROUP = IpAddresses.v4("239.1.2.3");
    static final Inet6Address UNSPECIFIED = IpAddresses.v6("::");
    static final Inet6Address ALL_NODES = IpAddresses.v6("ff02::1");
    static final Inet6Address ALL_ROUTERS = IpAddresses.v6("ff02::2");
    static final Inet6Address DUT_SOLICITED = IpAddresses.v6("ff02::1:ff00:10");
    static final Inet6Address PEER_SOLICITED = IpAddresses.v6("ff02::1:ff00:1");
    static final Inet6Address MLD_GROUP = IpAddresses.v6("ff02::1:ff00:10");

    private Stimuli() {
    }

    static ArpRepr arpRequest(MacAddress senderMac, Inet4Address senderIp, MacAddress targetMac, Inet4Address targetIp) {
        return new ArpRepr(1, senderMac, senderIp, targetMac, targetIp);
    }

    static ArpRepr arpReply(Inet4Address targetIp) {
        return new ArpRepr(2, DUT_MAC, DUT4, PEER_MAC, targetIp);
    }

    /** The first {@code n} octets of a datagram, as an ICMP error quotes it. */
    static Octets quote(int n, HeaderRepr... datagram) {
        byte[] b = FrameBuilder.of(datagram).payload(new byte[16]).build();
        return Octets.of(Arrays.copyOf(b, Math.min(n, b.length)));
    }

    static Icmpv4Repr unreachable(int code, Octets quoted) {
        return Icmpv4Repr.unreachable(code, quoted);
    }

    static Ipv4Repr ip4(Inet4Address src, Inet4Address dst, int protocol, int ttl, int id) {
        return Ipv4Repr.simple(src, dst, protocol, ttl, id);
    }

    static Ipv4Repr fragment4(Inet4Address src, Inet4Address dst, int id, boolean more, int offsetUnits) {
        return new Ipv4Repr(src, dst, IpProtocols.ICMP, 64, id, false, more, offsetUnits, 0, 0, Octets.EMPTY);
    }

    static Ipv4Repr withOptions(Ipv4Repr ip, int ttl, byte... options) {
        return new Ipv4Repr(ip.src(), ip.dst(), ip.protocol(), ttl, ip.identification(), false, false, 0, 0, 0,
                Octets.of(options));
    }

    /** ICMPv6 error (type, code) with the 4-octet field and the quoted packet. */
    static Icmpv6Repr icmpv6Error(int type, int code, long field, Octets quoted) {
        byte[] body = new byte[4 + quoted.length()];
        Bytes.put32(body, 0, field);
        quoted.copyTo(body, 4);
        return new Icmpv6Repr(type, code, Octets.of(body));
    }

    static Ipv6Repr v6hbh(Inet6Address src, Inet6Address dst, int nextHeader, int hopLimit, byte... options) {
        return Lab.v6(src, dst, nextHeader, hopLimit)
                .withExtensions(List.of(Ipv6ExtensionRepr.options(IpProtocols.HOPOPT, Octets.of(options))));
    }

    static Icmpv6Repr ns(Inet6Address target, MacAddress slla) {
        NdpBuilder b = NdpBuilder.neighborSolicitation(target);
        return (slla == null ? b : b.sourceLinkAddress(slla)).build();
    }

    static Icmpv6Repr na(int flags, Inet6Address target, MacAddress tlla) {
        NdpBuilder b = NdpBuilder.neighborAdvertisement(flags, target);
        return (tlla == null ? b : b.targetLinkAddress(tlla)).build();
    }

    static Icmpv6Repr mldReport(int type, Inet6Address group) {
        byte[] body = new byte[20];
        System.arraycopy(group.getAddress(), 0, body, 4, 16);
        return new Icmpv6Repr(type, 0, Octets.of(body));
    }

    static final byte[] ROUTER_ALERT_MLD = {5, 2, 0, 0};
    static final byte[] ROUTER_ALERT_V4 = {(byte) 0x94, 4, 0, 0};

    static IgmpRepr igmpReport(Inet4Address group) {
        return IgmpRepr.v2(0x16, 0, group);
    }

    static UdpRepr udp(int src, int dst) {
        return new UdpRepr(src, dst);
    }
}
