package dev.wirecheck.live.replay;

import dev.wirecheck.parsers.hand.ArpRepr;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.Ipv6Repr;
import dev.wirecheck.parsers.hand.NdpBuilder;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Answers the live device's address resolution for the peer's addresses: ARP requests
 * (RFC 826) with a reply, Neighbor Solicitations (RFC 4861 §7.2.4) with a solicited
 * Neighbor Advertisement. The replayer's peer address belongs to no host on the link, so
 * without this the device could not answer.
 */
public final class PeerResponder {
    private static final int NA_SOLICITED = 0x40, NA_OVERRIDE = 0x20;
    private final MacAddress peerMac;
    private final List<InetAddress> peerAddresses;

    public PeerResponder(MacAddress peerMac, List<InetAddress> peerAddresses) {
        this.peerMac = peerMac;
        this.peerAddresses = List.copyOf(peerAddresses);
    }

    /** The frame to send in answer to {@code f}, if it asks for one of the peer's addresses. */
    public Optional<byte[]> answer(byte[] f) {
        Layout l = Layout.of(f);
        if (l.isArp() && Bytes.u16(f, l.netAt() + 6) == 1) {
            Inet4Address wanted = IpAddresses.v4(f, l.netAt() + 24);
            if (peerAddresses.contains(wanted)) {
                MacAddress asker = MacAddress.of(f, l.netAt() + 8);
                Inet4Address askerIp = IpAddresses.v4(f, l.netAt() + 14);
                return Optional.of(FrameBuilder.of(new EthernetRepr(asker, peerMac, Layout.ARP),
                        new ArpRepr(2, peerMac, wanted, asker, askerIp)).padTo(60).build());
            }
        }
        if (l.isIpv6() && l.has(Layout.ICMPV6, 24) && Bytes.u8(f, l.l4At()) == 135) {
            Inet6Address target = IpAddresses.v6(f, l.l4At() + 8);
            if (peerAddresses.contains(target)) {
                Inet6Address asker = IpAddresses.v6(f, l.srcAt());
                boolean fromUnspecified = asker.isAnyLocalAddress();
                // RFC 4861 §7.2.4: to the solicitation's source; to all-nodes when that was ::
                Inet6Address to = fromUnspecified ? IpAddresses.v6("ff02::1") : asker;
                MacAddress toMac = fromUnspecified ? MacAddress.parse("33:33:00:00:00:01") : MacAddress.of(f, 6);
                int flags = (fromUnspecified ? 0 : NA_SOLICITED) | NA_OVERRIDE;
                return Optional.of(FrameBuilder.of(new EthernetRepr(toMac, peerMac, Layout.IPV6),
                        Ipv6Repr.simple(target, to, Layout.ICMPV6, 255),
                        NdpBuilder.neighborAdvertisement(flags, target).targetLinkAddress(peerMac).build()).build());
            }
        }
        return Optional.empty();
    }
}
