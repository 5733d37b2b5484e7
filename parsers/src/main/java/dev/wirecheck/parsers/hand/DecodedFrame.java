package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Problems;

/**
 * What the {@link Dissector} read from one frame: a view per layer present (valid until
 * the next frame is dissected into this object), the malformations found, and where the
 * application payload lies. Rules and the reference stack read the views directly;
 * {@link #toDissection()} turns it into named fields for reports and comparisons.
 */
public final class DecodedFrame {
    /** The layers a frame can hold, in the order the dissector can meet them. */
    public enum Kind {
        SLL, ETHERNET, VLAN, ARP, IPV4, IPV6, ICMPV4, ICMPV6, IGMP, TCP, UDP,
        QUOTED_IPV4, QUOTED_IPV6, QUOTED_ICMPV4, QUOTED_ICMPV6, QUOTED_TCP, QUOTED_UDP, DHCP, DNS
    }

    private static final int MAX_LAYERS = 32;

    final Problems problems;
    final LinuxSll sll = new LinuxSll();
    final Ethernet ethernet = new Ethernet();
    final Vlan[] vlans = new Vlan[Vlan.MAX_TAGS];
    final Arp arp = new Arp();
    final Ipv4 ipv4 = new Ipv4();
    final Ipv6 ipv6 = new Ipv6();
    final Icmpv4 icmpv4 = new Icmpv4();
    final Icmpv6 icmpv6 = new Icmpv6();
    final Igmp igmp = new Igmp();
    final Tcp tcp = new Tcp();
    final Udp udp = new Udp();
    final Ipv4 quotedIpv4 = new Ipv4();
    final Ipv6 quotedIpv6 = new Ipv6();
    final Icmpv4 quotedIcmpv4 = new Icmpv4();
    final Icmpv6 quotedIcmpv6 = new Icmpv6();
    final Tcp quotedTcp = new Tcp();
    final Udp quotedUdp = new Udp();
    final Dhcp dhcp = new Dhcp();
    final Dns dns = new Dns();

    private final Kind[] layers = new Kind[MAX_LAYERS];
    private final int[] vlanIndex = new int[MAX_LAYERS];
    private int layerCount;
    private long present;
    int vlanCount;
    Frame frame;
    int payloadOffset;
    int payloadLength;

    /** @param problems where the views put malformations ({@link Problems#IGNORE}: nowhere, and no checksum is summed) */
    DecodedFrame(Problems problems) {
        this.problems = problems;
        for (int i = 0; i < vlans.length; i++) {
            vlans[i] = new Vlan();
        }
    }

    void reset(Frame f) {
        frame = f;
        problems.clear();
        layerCount = 0;
        present = 0;
        vlanCount = 0;
        payloadOffset = -1;
        payloadLength = 0;
    }

    void add(Kind kind) {
        if (layerCount < MAX_LAYERS) {
            vlanIndex[layerCount] = kind == Kind.VLAN ? vlanCount - 1 : -1;
            layers[layerCount++] = kind;
        }
        present |= 1L << kind.ordinal();
    }

    void payload(int offset, int length) {
        payloadOffset = offset;
        payloadLength = length;
    }

    public Frame frame() {
        return frame;
    }

    public byte[] bytes() {
        return frame.data();
    }

    /** The layers present, as a bit mask over {@link Kind} ordinals. */
    public long layerMask() {
        return present;
    }

    public boolean has(Kind kind) {
        return (present & (1L << kind.ordinal())) != 0;
    }

    public int layerCount() {
        return layerCount;
    }

    public Kind layer(int i) {
        return layers[i];
    }

    public Problems problems() {
        return problems;
    }

    public boolean malformed() {
        return !problems.isEmpty();
    }

    public Ethernet ethernet() {
        return has(Kind.ETHERNET) ? ethernet : null;
    }

    public int vlanCount() {
        return vlanCount;
    }

    public Vlan vlan(int i) {
        return vlans[i];
    }

    public Arp arp() {
        return has(Kind.ARP) ? arp : null;
    }

    public Ipv4 ipv4() {
        return has(Kind.IPV4) ? ipv4 : null;
    }

    public Ipv6 ipv6() {
        return has(Kind.IPV6) ? ipv6 : null;
    }

    public Icmpv4 icmpv4() {
        return has(Kind.ICMPV4) ? icmpv4 : null;
    }

    public Icmpv6 icmpv6() {
        return has(Kind.ICMPV6) ? icmpv6 : null;
    }

    public Igmp igmp() {
        return has(Kind.IGMP) ? igmp : null;
    }

    public Tcp tcp() {
        return has(Kind.TCP) ? tcp : null;
    }

    public Udp udp() {
        return has(Kind.UDP) ? udp : null;
    }

    /** The IPv4 header quoted inside an ICMP error, or null. */
    public Ipv4 quotedIpv4() {
        return has(Kind.QUOTED_IPV4) ? quotedIpv4 : null;
    }

    public Ipv6 quotedIpv6() {
        return has(Kind.QUOTED_IPV6) ? quotedIpv6 : null;
    }

    public Udp quotedUdp() {
        return has(Kind.QUOTED_UDP) ? quotedUdp : null;
    }

    public Tcp quotedTcp() {
        return has(Kind.QUOTED_TCP) ? quotedTcp : null;
    }

    public Icmpv4 quotedIcmpv4() {
        return has(Kind.QUOTED_ICMPV4) ? quotedIcmpv4 : null;
    }

    public Icmpv6 quotedIcmpv6() {
        return has(Kind.QUOTED_ICMPV6) ? quotedIcmpv6 : null;
    }

    public Dhcp dhcp() {
        return has(Kind.DHCP) ? dhcp : null;
    }

    /** The DNS or mDNS message (over UDP, or over TCP when a segment holds one whole message), or null. */
    public Dns dns() {
        return has(Kind.DNS) ? dns : null;
    }

    /** Offset of the application payload after TCP or UDP, or -1 when there is none. */
    public int payloadOffset() {
        return payloadOffset;
    }

    public int payloadLength() {
        return payloadLength;
    }

    /** Names every field of every layer read; allocates, so not for the hot path. */
    public Dissection toDissection() {
        DissectionBuilder out = new DissectionBuilder();
        for (int i = 0; i < layerCount; i++) {
            switch (layers[i]) {
                case SLL -> sll.describe(out);
                case ETHERNET -> ethernet.describe(out);
                case VLAN -> vlans[vlanIndex[i]].describe(out);
                case ARP -> arp.describe(out);
                case IPV4 -> ipv4.describe(out);
                case IPV6 -> ipv6.describe(out);
                case ICMPV4 -> icmpv4.describe(out);
                case ICMPV6 -> icmpv6.describe(out);
                case IGMP -> igmp.describe(out);
                case TCP -> tcp.describe(out);
                case UDP -> udp.describe(out);
                case QUOTED_IPV4 -> quotedIpv4.describe(out);
                case QUOTED_IPV6 -> quotedIpv6.describe(out);
                case QUOTED_ICMPV4 -> quotedIcmpv4.describe(out);
                case QUOTED_ICMPV6 -> quotedIcmpv6.describe(out);
                case QUOTED_TCP -> quotedTcp.describe(out);
                case QUOTED_UDP -> quotedUdp.describe(out);
                case DHCP -> dhcp.describe(out);
                case DNS -> dns.describe(out);
            }
        }
        for (int i = 0; i < problems.size(); i++) {
            out.malformation(problems.get(i));
        }
        return out.build("hand", frame.number());
    }
}
