package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.ArpRepr;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv4Repr;
import dev.wirecheck.parsers.hand.Ipv6ExtensionRepr;
import dev.wirecheck.parsers.hand.Ipv6Repr;
import dev.wirecheck.parsers.hand.VlanRepr;
import dev.wirecheck.wire.Octets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combinators that stack the protocol generators into whole frames: a link layer, then
 * ARP, or IPv4 or IPv6 carrying an {@link Upper}. {@link #byProtocol()} names one
 * generator per protocol the hand-written family reads, so each property runs per
 * protocol and a failure says which.
 */
public final class FrameGens {
    private FrameGens() {}

    /** Every protocol, picked evenly. */
    public static Gen<GeneratedFrame> any() {
        return Gens.oneOf(List.copyOf(byProtocol().values()));
    }

    /** One generator per protocol; each makes only frames that contain it. */
    public static Map<String, Gen<GeneratedFrame>> byProtocol() {
        Map<String, Gen<GeneratedFrame>> m = new LinkedHashMap<>();
        m.put("ethernet+arp", arp());
        m.put("vlan+802.1ad", Gens.oneOf(arp(), ipv4(v4Upper()), ipv6(v6Upper()))
                .filter(f -> f.headers().size() > 1 && f.headers().get(1) instanceof VlanRepr));
        m.put("ipv4+options", ipv4(v4Upper()).filter(f -> find(f, Ipv4Repr.class).options().length() > 0));
        m.put("ipv4-fragments", ipv4(v4Upper()).filter(f -> isFragment(find(f, Ipv4Repr.class))));
        m.put("ipv6+extensions", ipv6(v6Upper()).filter(f -> !find(f, Ipv6Repr.class).extensions().isEmpty()));
        m.put("icmpv4", ipv4(IcmpGens.icmpv4()));
        m.put("icmpv6", ipv6(Gens.oneOf(Icmpv6Gens.echo(), Icmpv6Gens.error())));
        m.put("ndp", ipv6(Icmpv6Gens.ndp()));
        m.put("mld", ipv6(Icmpv6Gens.mld()));
        m.put("igmp", ipv4(IcmpGens.igmp()));
        m.put("tcp", Gens.oneOf(ipv4(TransportGens.tcp()), ipv6(TransportGens.tcp())));
        m.put("udp", Gens.oneOf(ipv4(TransportGens.udp()), ipv6(TransportGens.udp())));
        m.put("dhcp", DhcpGens.frame());
        m.put("dns+mdns", DnsGens.frame());
        return m;
    }

    static Gen<Upper> v4Upper() {
        return Gens.oneOf(TransportGens.tcp(), TransportGens.udp(), IcmpGens.icmpv4(), IcmpGens.igmp());
    }

    static Gen<Upper> v6Upper() {
        return Gens.oneOf(TransportGens.tcp(), TransportGens.udp(), Icmpv6Gens.any());
    }

    /** Half the frames padded to the 60-byte Ethernet minimum, as a NIC sends them. */
    private static Gen<Integer> padding() {
        return Gens.elements(0, 60);
    }

    public static Gen<GeneratedFrame> arp() {
        return s -> {
            List<HeaderRepr> headers = new ArrayList<>(LinkGens.ethernet(EtherTypes.ARP).generate(s));
            ArpRepr arp = LinkGens.arp().generate(s);
            headers.add(arp);
            return new GeneratedFrame(headers, Octets.EMPTY, padding().generate(s));
        };
    }

    /**
     * IPv4 carrying {@code upper}: unfragmented most of the time, else a first fragment
     * (MF set, offset 0: the upper header is there, its checksum not verifiable) or a later
     * fragment, whose bytes are the middle of some datagram and carry no header.
     */
    public static Gen<GeneratedFrame> ipv4(Gen<Upper> upper) {
        return s -> {
            List<HeaderRepr> headers = new ArrayList<>(LinkGens.ethernet(EtherTypes.IPV4).generate(s));
            Upper u = upper.generate(s);
            Ipv4Repr ip = Ipv4Gens.header(u.protocol()).generate(s);
            switch ((int) s.draw(4)) {
                case 3 -> ip = ip.withFragment(true, 0);
                case 4 -> {
                    ip = ip.withFragment(s.draw(1) == 1, 1 + (int) s.draw(7000));
                    u = Upper.raw(u.protocol(), Gens.octets(0, 1400, 16).generate(s));
                }
                default -> { }
            }
            headers.add(ip);
            headers.addAll(u.headers());
            return new GeneratedFrame(headers, u.payload(), padding().generate(s));
        };
    }

    /** IPv6 with an extension chain carrying {@code upper}, or raw bytes after a later fragment. */
    public static Gen<GeneratedFrame> ipv6(Gen<Upper> upper) {
        return s -> {
            List<HeaderRepr> headers = new ArrayList<>(LinkGens.ethernet(EtherTypes.IPV6).generate(s));
            Upper u = upper.generate(s);
            List<Ipv6ExtensionRepr> chain = s.weighted(0.4) ? Ipv6Gens.chain(true).generate(s) : List.of();
            if (Ipv6Gens.endsInLaterFragment(chain)) {
                u = Upper.raw(u.protocol(), Gens.octets(0, 1400, 16).generate(s));
            }
            headers.add(Ipv6Gens.header(u.protocol(), chain).generate(s));
            headers.addAll(u.headers());
            return new GeneratedFrame(headers, u.payload(), padding().generate(s));
        };
    }

    static boolean isFragment(Ipv4Repr ip) {
        return ip.moreFragments() || ip.fragmentOffset() != 0;
    }

    static <T extends HeaderRepr> T find(GeneratedFrame f, Class<T> type) {
        for (HeaderRepr h : f.headers()) {
            if (type.isInstance(h)) {
                return type.cast(h);
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " in " + f);
    }

    /** Whether an IP header in the frame makes the upper layer's checksum unverifiable. */
    static boolean carriesFragment(GeneratedFrame f) {
        for (HeaderRepr h : f.headers()) {
            if (h instanceof Ipv4Repr ip && isFragment(ip)) {
                return true;
            }
            if (h instanceof Ipv6Repr ip) {
                for (Ipv6ExtensionRepr e : ip.extensions()) {
                    if (e.type() == IpProtocols.IPV6_FRAG) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
