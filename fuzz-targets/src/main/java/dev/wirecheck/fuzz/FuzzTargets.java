package dev.wirecheck.fuzz;

import dev.wirecheck.parsers.hand.DecodedFrame.Kind;

import java.util.List;

import static dev.wirecheck.fuzz.SeedSource.layer;

/**
 * Every fuzz target, one line each. Adding a parser's target means adding its line here:
 * the regression test, {@code wirecheck fuzz}, {@code wirecheck import}, the OSS-Fuzz
 * build and {@code scripts/fuzz-ci} all read this table.
 */
public final class FuzzTargets {
    private FuzzTargets() {}

    private static final SeedSource NDP_SEEDS = SeedSource.icmpv6Types(133, 134, 135, 136, 137);
    private static final SeedSource MLD_SEEDS = SeedSource.icmpv6Types(130, 131, 132, 143);
    private static final SeedSource DNS_SEEDS = SeedSource.udpPayload(53, 5353);
    private static final SeedSource DHCP_SEEDS = SeedSource.udpPayload(67, 68);

    public static final List<FuzzTarget> ALL = List.of(
            // hand-written parsers, each view alone
            new FuzzTarget("ethernet", "hand-written Ethernet II header", HandLayers.ETHERNET, layer(Kind.ETHERNET)),
            new FuzzTarget("vlan", "hand-written 802.1Q tag", HandLayers.VLAN, layer(Kind.VLAN)),
            new FuzzTarget("sll", "hand-written Linux cooked capture header (v1/v2)", HandLayers.SLL, SeedSource.SLL_FRAME),
            new FuzzTarget("arp", "hand-written ARP", HandLayers.ARP, layer(Kind.ARP)),
            new FuzzTarget("ipv4", "hand-written IPv4 header and options", HandLayers.IPV4, layer(Kind.IPV4)),
            new FuzzTarget("ipv6", "hand-written IPv6 header and extension chain", HandLayers.IPV6, layer(Kind.IPV6)),
            new FuzzTarget("icmpv4", "hand-written ICMPv4", HandLayers.ICMPV4, layer(Kind.ICMPV4)),
            new FuzzTarget("icmpv6", "hand-written ICMPv6", HandLayers.ICMPV6, layer(Kind.ICMPV6)),
            new FuzzTarget("ndp", "hand-written NDP bodies and options (ICMPv6 133-137)", HandLayers.NDP, NDP_SEEDS),
            new FuzzTarget("mld", "hand-written MLDv1/v2 bodies (ICMPv6 130-132, 143)", HandLayers.MLD, MLD_SEEDS),
            new FuzzTarget("igmp", "hand-written IGMPv1-v3", HandLayers.IGMP, layer(Kind.IGMP)),
            new FuzzTarget("tcp", "hand-written TCP header and options", HandLayers.TCP, layer(Kind.TCP)),
            new FuzzTarget("udp", "hand-written UDP header", HandLayers.UDP, layer(Kind.UDP)),
            new FuzzTarget("dhcp", "hand-written DHCPv4 (BOOTP, options, overload)", HandLayers.DHCP, DHCP_SEEDS),
            new FuzzTarget("dns", "hand-written DNS and mDNS (names, compression, records)", HandLayers.DNS, DNS_SEEDS),
            new FuzzTarget("dissector", "hand-written dissector, whole Ethernet frames", HandLayers.DISSECTOR,
                    SeedSource.ETHERNET_FRAME),
            // Kaitai-generated parsers through their adapters
            new FuzzTarget("kaitai-ethernet", "Kaitai Ethernet and VLAN tags", KaitaiLayerTargets.ETHERNET, layer(Kind.ETHERNET)),
            new FuzzTarget("kaitai-sll", "Kaitai Linux cooked capture header", KaitaiLayerTargets.SLL, SeedSource.SLL_FRAME),
            new FuzzTarget("kaitai-arp", "Kaitai ARP", KaitaiLayerTargets.ARP, layer(Kind.ARP)),
            new FuzzTarget("kaitai-ipv4", "Kaitai IPv4", KaitaiLayerTargets.IPV4, layer(Kind.IPV4)),
            new FuzzTarget("kaitai-ipv6", "Kaitai IPv6 and extension chain", KaitaiLayerTargets.IPV6, layer(Kind.IPV6)),
            new FuzzTarget("kaitai-icmpv4", "Kaitai ICMPv4", KaitaiLayerTargets.ICMPV4, layer(Kind.ICMPV4)),
            new FuzzTarget("kaitai-icmpv6", "Kaitai ICMPv6, NDP and MLD", KaitaiLayerTargets.ICMPV6, layer(Kind.ICMPV6)),
            new FuzzTarget("kaitai-igmp", "Kaitai IGMP", KaitaiLayerTargets.IGMP, layer(Kind.IGMP)),
            new FuzzTarget("kaitai-tcp", "Kaitai TCP", KaitaiLayerTargets.TCP, layer(Kind.TCP)),
            new FuzzTarget("kaitai-udp", "Kaitai UDP", KaitaiLayerTargets.UDP, layer(Kind.UDP)),
            new FuzzTarget("kaitai-dhcp", "Kaitai DHCPv4 (BOOTP and options)", KaitaiLayerTargets.DHCP, DHCP_SEEDS),
            new FuzzTarget("kaitai-dns", "Kaitai DNS (names, compression, records)", KaitaiLayerTargets.DNS, DNS_SEEDS),
            new FuzzTarget("kaitai-dissector", "Kaitai family, whole Ethernet frames", KaitaiLayerTargets.DISSECTOR,
                    SeedSource.ETHERNET_FRAME),
            // across families, files and builders
            new FuzzTarget("differential", "hand-written vs Kaitai: same fields or both reject", Differential.BODY,
                    SeedSource.ETHERNET_FRAME),
            new FuzzTarget("capture", "capture reader over pcap / pcapng file bytes", CaptureTarget.BODY,
                    SeedSource.CAPTURE_FILE),
            new FuzzTarget("check", "conformance check (survey, reference stack, every rule, reports) over capture file bytes",
                    CheckTarget.BODY, SeedSource.CAPTURE_RUN),
            new FuzzTarget("roundtrip", "Repr stack from fuzzer data -> emit -> dissect -> same Reprs", RoundTrip.BODY,
                    SeedSource.NONE));

    public static List<String> names() {
        return ALL.stream().map(FuzzTarget::name).toList();
    }

    /** The target with that name; an IllegalArgumentException listing the names otherwise. */
    public static FuzzTarget byName(String name) {
        for (FuzzTarget t : ALL) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no fuzz target '" + name + "' (known: " + String.join(", ", names()) + ")");
    }
}
