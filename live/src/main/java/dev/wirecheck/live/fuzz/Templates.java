package dev.wirecheck.live.fuzz;

import dev.wirecheck.live.replay.Layout;
import dev.wirecheck.parsers.hand.ArpRepr;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.Icmpv6Repr;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.Ipv6ExtensionRepr;
import dev.wirecheck.parsers.hand.Ipv6Repr;
import dev.wirecheck.parsers.hand.NdpBuilder;
import dev.wirecheck.parsers.hand.TcpOption;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.Octets;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Well-formed stimuli for the device, built with our builders, that the {@link Mutator}
 * then bends: echo requests, datagrams, SYNs with options, IPv4 and IPv6 fragment trains,
 * IPv6 extension headers, Neighbor Solicitations, ARP requests. All between the two
 * stations of a {@link Station}.
 */
final class Templates {
    static final int HTTP_PORT = 80, ECHO_PORT = 7;
    private final Station s;

    Templates(Station s) {
        this.s = s;
    }

    /** One to a few frames forming one stimulus. */
    List<byte[]> any(Random r) {
        return switch (r.nextInt(s.dutIpv6() == null ? 7 : 11)) {
            case 0 -> List.of(icmpEcho(r));
            case 1 -> List.of(udp(r, ECHO_PORT));
            case 2 -> List.of(udp(r, 1 + r.nextInt(65535)));
            case 3, 4 -> List.of(tcpSyn(r));
            case 5 -> ipv4Fragments(r);
            case 6 -> List.of(arpRequest(r));
            case 7 -> List.of(icmpv6Echo(r, List.of()));
            case 8 -> List.of(icmpv6Echo(r, List.of(Ipv6ExtensionRepr.options(r.nextBoolean() ? 0 : 60,
                    Octets.of(randomBytes(r, r.nextInt(12)))))));
            case 9 -> ipv6Fragments(r);
            default -> List.of(neighborSolicitation(r));
        };
    }

    private EthernetRepr eth(int etherType) {
        return new EthernetRepr(s.dutMac(), s.peerMac(), etherType);
    }

    private Ipv4Repr ipv4(Random r, int protocol) {
        return new Ipv4Repr(s.peerIpv4(), s.dutIpv4(), protocol, 64, r.nextInt(0x10000), r.nextBoolean(), false, 0, 0, 0,
                Octets.EMPTY);
    }

    private Ipv6Repr ipv6(int nextHeader, int hopLimit) {
        return Ipv6Repr.simple(s.peerIpv6(), s.dutIpv6(), nextHeader, hopLimit);
    }

    static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static int size(Random r) {
        int[] sizes = {0, 1, 7, 8, 64, 536, 1400, 1472, 1473};
        return r.nextInt(4) == 0 ? r.nextInt(1473) : sizes[r.nextInt(sizes.length)];
    }

    byte[] icmpEcho(Random r) {
        return build(List.of(eth(Layout.IPV4), ipv4(r, Layout.ICMP),
                Icmpv4Repr.echoRequest(r.nextInt(0x10000), r.nextInt(0x10000), Octets.of(randomBytes(r, size(r))))));
    }

    byte[] udp(Random r, int port) {
        return FrameBuilder.of(eth(Layout.IPV4), ipv4(r, Layout.UDP), new UdpRepr(1024 + r.nextInt(60000), port))
                .payload(randomBytes(r, size(r))).padTo(60).build();
    }

    /** A SYN with a random selection of options (RFC 9293 §3.2, RFC 7323, RFC 2018). */
    byte[] tcpSyn(Random r) {
        List<TcpOption> options = new ArrayList<>();
        int budget = 40;
        TcpOption[] menu = {TcpOption.mss(r.nextInt(0x10000)), TcpOption.windowScale(r.nextInt(256)),
                TcpOption.sackPermitted(), TcpOption.timestamps(r.nextInt() & 0xffffffffL, 0), TcpOption.NOP,
                TcpOption.EOL, TcpOption.sack(r.nextInt() & 0xffffffffL, r.nextInt() & 0xffffffffL)};
        for (int i = r.nextInt(6); i > 0; i--) {
            TcpOption o = menu[r.nextInt(menu.length)];
            if (o.length() <= budget) {
                options.add(o);
                budget -= o.length();
            }
        }
        int port = r.nextInt(4) == 0 ? 1 + r.nextInt(65535) : HTTP_PORT;
        TcpRepr syn = TcpRepr.of(1024 + r.nextInt(60000), port, r.nextInt() & 0xffffffffL, 0, 0x02, r.nextInt(0x10000))
                .withOptions(options);
        return build(List.of(eth(Layout.IPV4), ipv4(r, Layout.TCP), syn));
    }

    /**
     * An ICMP echo request cut into fragments (RFC 791 §3.2), sent in a shuffled order,
     * sometimes overlapping (RFC 5722 forbids it for IPv6; IPv4 receivers must cope), sometimes
     * with one left out.
     */
    List<byte[]> ipv4Fragments(Random r) {
        byte[] icmp = FrameBuilder.of(Icmpv4Repr.echoRequest(r.nextInt(0x10000), 1, Octets.of(randomBytes(r, 16 + r.nextInt(3000)))))
                .build();
        Ipv4Repr base = ipv4(r, Layout.ICMP);
        base = new Ipv4Repr(base.src(), base.dst(), base.protocol(), base.ttl(), base.identification(), false, false, 0, 0, 0,
                Octets.EMPTY);
        List<byte[]> frames = new ArrayList<>();
        int unit = 8 * (1 + r.nextInt(100));
        for (int at = 0; at < icmp.length; ) {
            int len = Math.min(unit, icmp.length - at);
            boolean more = at + len < icmp.length;
            if (more && len % 8 != 0) {
                len -= len % 8;
            }
            byte[] piece = java.util.Arrays.copyOfRange(icmp, at, at + len);
            frames.add(FrameBuilder.of(eth(Layout.IPV4), base.withFragment(more, at / 8)).payload(piece).padTo(60).build());
            int step = r.nextInt(5) == 0 ? Math.max(8, len - 8) : len; // overlap now and then
            at += step;
        }
        shuffleAndDrop(r, frames);
        return frames;
    }

    /** An ICMPv6 echo in IPv6 fragments (RFC 8200 §4.5), shuffled, sometimes one missing. */
    List<byte[]> ipv6Fragments(Random r) {
        Icmpv6Repr echo = Icmpv6Repr.echo(128, r.nextInt(0x10000), 1, Octets.of(randomBytes(r, 16 + r.nextInt(3000))));
        byte[] whole = FrameBuilder.of(ipv6(Layout.ICMPV6, 64), echo).build();
        byte[] upper = java.util.Arrays.copyOfRange(whole, 40, whole.length);
        long id = r.nextInt() & 0xffffffffL;
        List<byte[]> frames = new ArrayList<>();
        int unit = 8 * (1 + r.nextInt(150));
        for (int at = 0; at < upper.length; at += unit) {
            int len = Math.min(unit, upper.length - at);
            boolean more = at + len < upper.length;
            Ipv6Repr ip = ipv6(Layout.ICMPV6, 64).withExtensions(List.of(Ipv6ExtensionRepr.fragment(at / 8, more, id)));
            frames.add(FrameBuilder.of(eth(Layout.IPV6), ip).payload(java.util.Arrays.copyOfRange(upper, at, at + len)).build());
        }
        shuffleAndDrop(r, frames);
        return frames;
    }

    private static void shuffleAndDrop(Random r, List<byte[]> frames) {
        if (frames.size() > 1 && r.nextBoolean()) {
            java.util.Collections.shuffle(frames, r);
        }
        if (frames.size() > 1 && r.nextInt(4) == 0) {
            frames.remove(r.nextInt(frames.size()));
        }
    }

    byte[] icmpv6Echo(Random r, List<Ipv6ExtensionRepr> extensions) {
        return build(List.of(eth(Layout.IPV6), ipv6(Layout.ICMPV6, 64).withExtensions(extensions),
                Icmpv6Repr.echo(128, r.nextInt(0x10000), r.nextInt(0x10000), Octets.of(randomBytes(r, size(r))))));
    }

    /** A Neighbor Solicitation for the device (RFC 4861 §4.3), with a source link-layer option or odd ones. */
    byte[] neighborSolicitation(Random r) {
        NdpBuilder ns = NdpBuilder.neighborSolicitation(s.dutIpv6());
        if (r.nextBoolean()) {
            ns.sourceLinkAddress(s.peerMac());
        } else {
            ns.option(r.nextInt(256), randomBytes(r, r.nextInt(14)));
        }
        return build(List.of(eth(Layout.IPV6), ipv6(Layout.ICMPV6, 255), ns.build()));
    }

    /** An ARP request for the device (RFC 826). */
    byte[] arpRequest(Random r) {
        return FrameBuilder.of(new EthernetRepr(r.nextBoolean() ? MacAddress.BROADCAST : s.dutMac(), s.peerMac(), Layout.ARP),
                new ArpRepr(1 + r.nextInt(2), s.peerMac(), s.peerIpv4(), MacAddress.ZERO, s.dutIpv4())).padTo(60).build();
    }

    private static byte[] build(List<HeaderRepr> headers) {
        return FrameBuilder.of(headers.toArray(HeaderRepr[]::new)).padTo(60).build();
    }
}
