package dev.wirecheck.fuzz;

import dev.wirecheck.parsers.hand.ArpRepr;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.EthernetRepr;
import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Icmpv6Repr;
import dev.wirecheck.parsers.hand.Igmp;
import dev.wirecheck.parsers.hand.IgmpRepr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.Ipv6ExtensionRepr;
import dev.wirecheck.parsers.hand.Ipv6Repr;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.parsers.hand.TcpOption;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.parsers.hand.Vlan;
import dev.wirecheck.parsers.hand.VlanRepr;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.Octets;

import java.util.ArrayList;
import java.util.List;

/**
 * Structure-aware round trip: the input decides a well-formed stack of {@code …Repr}s
 * (Ethernet, 0-2 VLAN tags, then ARP, or IPv4 with UDP/TCP/ICMP/IGMP, or IPv6 with
 * optional option headers and UDP/TCP/ICMPv6 echo); {@link FrameBuilder} emits it with
 * lengths and checksums; the hand-written dissector must read it back without a single
 * malformation, and every view's {@code toRepr()} must equal the record it was built from.
 */
final class RoundTrip {
    private static final ThreadLocal<Dissector> DISSECTORS = ThreadLocal.withInitial(Dissector::new);
    /** Ports kept clear of the applications a dissector may parse (DNS, DHCP, mDNS, HTTP…): payloads are random. */
    private static final int PORT_BASE = 20000;

    private RoundTrip() {}

    static final FuzzTarget.Body BODY = input -> check(new Draw(input));

    private static void check(Draw d) {
        List<HeaderRepr> stack = new ArrayList<>();
        int tags = d.range(0, 2);
        int network = d.oneOf(EtherTypes.IPV4, EtherTypes.IPV6, EtherTypes.ARP);
        stack.add(new EthernetRepr(mac(d), mac(d), tags > 0 ? EtherTypes.VLAN : network));
        for (int i = 0; i < tags; i++) {
            stack.add(new VlanRepr(d.range(0, 7), d.bool(), d.range(0, 0xfff), i + 1 < tags ? EtherTypes.VLAN : network));
        }
        byte[] payload;
        switch (network) {
            case EtherTypes.ARP -> {
                stack.add(new ArpRepr(d.range(1, 2), mac(d), IpAddresses.v4(d.bytes(4), 0), mac(d),
                        IpAddresses.v4(d.bytes(4), 0)));
                payload = new byte[0];
            }
            case EtherTypes.IPV4 -> payload = ipv4(d, stack);
            default -> payload = ipv6(d, stack);
        }
        byte[] frame = FrameBuilder.of(stack.toArray(HeaderRepr[]::new)).payload(payload).build();
        DecodedFrame read = DISSECTORS.get().dissect(Frame.ethernet(frame, 0, 1));
        if (read.malformed()) {
            throw new ContractViolation("a frame built from " + stack + " reads back with malformations "
                    + read.problems());
        }
        List<Object> back = readBack(read);
        if (!back.equals(stack)) {
            throw new ContractViolation("built " + stack + " but read back " + back);
        }
        if (read.payloadOffset() >= 0 && read.payloadLength() != payload.length) {
            throw new ContractViolation("payload of " + payload.length + " bytes reads back as " + read.payloadLength());
        }
    }

    private static byte[] ipv4(Draw d, List<HeaderRepr> stack) {
        int transport = d.oneOf(IpProtocols.UDP, IpProtocols.TCP, IpProtocols.ICMP, IpProtocols.IGMP);
        // options: NOPs then a Router Alert (RFC 2113), always a whole number of 32-bit words
        int words = d.range(0, 2);
        byte[] options = new byte[4 * words];
        for (int i = 0; i < options.length; i++) {
            options[i] = 1;
        }
        if (words > 0 && d.bool()) {
            options[options.length - 4] = (byte) 148;
            options[options.length - 3] = 4;
            options[options.length - 2] = 0;
            options[options.length - 1] = 0;
        }
        stack.add(new Ipv4Repr(IpAddresses.v4(d.bytes(4), 0), IpAddresses.v4(d.bytes(4), 0), transport, d.range(1, 255),
                d.u16(), d.bool(), false, 0, d.range(0, 63), d.range(0, 3), Octets.of(options)));
        return transport(d, stack, transport);
    }

    private static byte[] ipv6(Draw d, List<HeaderRepr> stack) {
        int transport = d.oneOf(IpProtocols.UDP, IpProtocols.TCP, IpProtocols.ICMPV6);
        List<Ipv6ExtensionRepr> exts = new ArrayList<>();
        if (d.bool()) {
            exts.add(Ipv6ExtensionRepr.options(IpProtocols.HOPOPT, Octets.EMPTY));
        }
        if (d.bool()) {
            exts.add(Ipv6ExtensionRepr.options(IpProtocols.IPV6_OPTS, Octets.EMPTY));
        }
        stack.add(new Ipv6Repr(IpAddresses.v6(d.bytes(16), 0), IpAddresses.v6(d.bytes(16), 0), transport,
                d.range(1, 255), d.u8(), d.range(0, 0xfffff), exts));
        return transport(d, stack, transport);
    }

    private static byte[] transport(Draw d, List<HeaderRepr> stack, int protocol) {
        switch (protocol) {
            case IpProtocols.UDP -> stack.add(new UdpRepr(port(d), port(d)));
            case IpProtocols.TCP -> stack.add(new TcpRepr(port(d), port(d), d.u32(), d.u32(), d.range(0, 0x1ff), d.u16(),
                    d.u16(), tcpOptions(d)));
            case IpProtocols.ICMP -> {
                stack.add(new Icmpv4Repr(d.oneOf(Icmpv4.ECHO_REQUEST, Icmpv4.ECHO_REPLY), 0, d.u32(),
                        Octets.of(d.someBytes(64))));
                return new byte[0];
            }
            case IpProtocols.IGMP -> {
                byte[] group = d.bytes(4);
                group[0] = (byte) (224 + (group[0] & 0x0f));
                stack.add(new IgmpRepr(d.oneOf(Igmp.V2_REPORT, Igmp.LEAVE), 0, Octets.of(group)));
                return new byte[0];
            }
            default -> {
                stack.add(Icmpv6Repr.echo(d.oneOf(Icmpv6.ECHO_REQUEST, Icmpv6.ECHO_REPLY), d.u16(), d.u16(),
                        Octets.of(d.someBytes(64))));
                return new byte[0];
            }
        }
        return d.rest(256);
    }

    /** Well-formed options of the kinds RFC 9293 §3.1 and RFC 7323 define, padded with NOPs to whole words. */
    private static List<TcpOption> tcpOptions(Draw d) {
        List<TcpOption> opts = new ArrayList<>();
        int bytes = 0;
        for (int n = d.range(0, 4); n > 0; n--) {
            TcpOption o = switch (d.range(0, 5)) {
                case 0 -> TcpOption.mss(d.u16());
                case 1 -> TcpOption.windowScale(d.range(0, 14));
                case 2 -> TcpOption.sackPermitted();
                case 3 -> TcpOption.timestamps(d.u32(), d.u32());
                case 4 -> TcpOption.sack(d.u32(), d.u32());
                default -> TcpOption.NOP;
            };
            if (bytes + o.length() > 36) {
                break;
            }
            opts.add(o);
            bytes += o.length();
        }
        while (bytes % 4 != 0) {
            opts.add(TcpOption.NOP);
            bytes++;
        }
        return opts;
    }

    private static int port(Draw d) {
        return PORT_BASE + d.range(0, 9999);
    }

    private static MacAddress mac(Draw d) {
        return MacAddress.of(d.bytes(6), 0);
    }

    private static VlanRepr vlan(Vlan v) {
        return new VlanRepr(v.priority(), v.dropEligible(), v.id(), v.type());
    }

    private static List<Object> readBack(DecodedFrame f) {
        List<Object> out = new ArrayList<>();
        int tag = 0;
        for (int i = 0; i < f.layerCount(); i++) {
            out.add(switch (f.layer(i)) {
                case ETHERNET -> f.ethernet().toRepr();
                case VLAN -> vlan(f.vlan(tag++));
                case ARP -> f.arp().toRepr();
                case IPV4 -> f.ipv4().toRepr();
                case IPV6 -> f.ipv6().toRepr();
                case ICMPV4 -> f.icmpv4().toRepr();
                case ICMPV6 -> f.icmpv6().toRepr();
                case IGMP -> f.igmp().toRepr();
                case TCP -> f.tcp().toRepr();
                case UDP -> f.udp().toRepr();
                default -> f.layer(i).name();
            });
        }
        return out;
    }
}
