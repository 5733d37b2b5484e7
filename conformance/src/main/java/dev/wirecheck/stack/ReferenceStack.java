package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Igmp;
import dev.wirecheck.wire.Bytes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state a host keeps, rebuilt from the capture as the checker walks it: who the DUT is
 * and which addresses it owns, the ARP and neighbour caches it has seen filled, the UDP ports
 * it has used (so a datagram to one of them is not "to a closed port"), the multicast groups
 * it joined, and the expectations pending on its next frames.
 */
public final class ReferenceStack {
    private final long dutMac;
    private final DutAddresses addresses;
    private final boolean bootObserved;
    private final Map<Integer, Long> arpCache = new HashMap<>();
    private final Map<String, Long> neighbourCache = new HashMap<>();
    private final boolean[] dutUdpPorts = new boolean[65536];
    private final List<Integer> groupsV4 = new ArrayList<>();
    private final List<String> groupsV6 = new ArrayList<>();
    private final Expectations pending = new Expectations();
    private final dev.wirecheck.stack.tcp.TcpTracker tcp = new dev.wirecheck.stack.tcp.TcpTracker();
    private final dev.wirecheck.stack.tcp.TcpStateLog tcpStates = new dev.wirecheck.stack.tcp.TcpStateLog();
    private final dev.wirecheck.stack.dhcp.DhcpClientModel dhcp = new dev.wirecheck.stack.dhcp.DhcpClientModel();
    private final dev.wirecheck.stack.dns.DnsClientModel dns = new dev.wirecheck.stack.dns.DnsClientModel();

    /**
     * @param dutMac       the DUT's MAC address as a 48-bit number, or -1 when unknown
     * @param addresses    the DUT's addresses and when it came to own them
     * @param bootObserved the capture shows the DUT's interface coming up (DHCP from
     *                     0.0.0.0, Duplicate Address Detection), so what it did first is in it
     */
    public ReferenceStack(long dutMac, DutAddresses addresses, boolean bootObserved) {
        this.dutMac = dutMac;
        this.addresses = addresses;
        this.bootObserved = bootObserved;
    }

    public long dutMac() {
        return dutMac;
    }

    public DutAddresses addresses() {
        return addresses;
    }

    public boolean bootObserved() {
        return bootObserved;
    }

    public Expectations pending() {
        return pending;
    }

    /** The TCP connections of the DUT, as known before the frame being judged. */
    public dev.wirecheck.stack.tcp.TcpTracker tcp() {
        return tcp;
    }

    /** Both ends' TCP state after every frame so far, for the reports. */
    public dev.wirecheck.stack.tcp.TcpStateLog tcpStates() {
        return tcpStates;
    }

    /** The DUT's DHCPv4 client, as known before the frame being judged. */
    public dev.wirecheck.stack.dhcp.DhcpClientModel dhcp() {
        return dhcp;
    }

    /** The DUT's DNS queries waiting for answers, as known before the frame being judged. */
    public dev.wirecheck.stack.dns.DnsClientModel dns() {
        return dns;
    }

    /** A UDP port the DUT has sent from, so it has a socket there. */
    public boolean dutUsesUdpPort(int port) {
        return dutUdpPorts[port];
    }

    public Long arpEntry(int ipv4) {
        return arpCache.get(ipv4);
    }

    public Long neighbourEntry(String ipv6) {
        return neighbourCache.get(ipv6);
    }

    public boolean joinedV4(int group) {
        return groupsV4.contains(group);
    }

    public boolean joinedV6(String group) {
        return groupsV6.contains(group);
    }

    public List<Integer> groupsV4() {
        return groupsV4;
    }

    public List<String> groupsV6() {
        return groupsV6;
    }

    /** Updates the state after the rules have seen the frame. */
    public void observe(DecodedFrame f, boolean fromDut) {
        tcp.observe(f, fromDut);
        tcpStates.after(f, fromDut, tcp.connection(f, fromDut));
        dhcp.observe(f, fromDut);
        if (f.dns() != null) {
            dns.observe(f, fromDut);
        }
        if (f.udp() != null && fromDut) {
            dutUdpPorts[f.udp().srcPort()] = true;
        }
        Arp arp = f.arp();
        if (arp != null && arp.isEthernetIpv4() && !fromDut) {
            int sender = (int) Bytes.u32(f.bytes(), arp.senderProtoOffset());
            if (sender != 0) {
                arpCache.put(sender, Net.mac(f.bytes(), arp.senderHwOffset()));
            }
        }
        if (fromDut) {
            learnGroups(f);
        } else {
            learnNeighbour(f);
        }
    }

    private void learnGroups(DecodedFrame f) {
        Igmp igmp = f.igmp();
        if (igmp != null && (igmp.type() == Igmp.V2_REPORT || igmp.type() == Igmp.V1_REPORT) && igmp.length() >= 8) {
            int g = (int) Bytes.u32(f.bytes(), igmp.groupOffset());
            if (!groupsV4.contains(g)) {
                groupsV4.add(g);
            }
        }
        if (igmp != null && igmp.type() == Igmp.LEAVE && igmp.length() >= 8) {
            groupsV4.remove((Integer) (int) Bytes.u32(f.bytes(), igmp.groupOffset()));
        }
        Icmpv6 m = f.icmpv6();
        if (m != null && (m.type() == Icmpv6.MLD_REPORT || m.type() == Icmpv6.MLD_DONE || m.type() == Icmpv6.MLDV2_REPORT)) {
            MldGroups.forEach(f, (g, joins) -> {
                if (joins && !groupsV6.contains(g)) {
                    groupsV6.add(g);
                } else if (!joins) {
                    groupsV6.remove(g);
                }
            });
        }
    }

    private void learnNeighbour(DecodedFrame f) {
        Icmpv6 m = f.icmpv6();
        if (m != null && m.complete() && m.type() == Icmpv6.NEIGHBOR_ADVERTISEMENT && f.ethernet() != null) {
            neighbourCache.put(Net.v6Text(f.bytes(), m.targetOffset()), Net.mac(f.bytes(), f.ethernet().srcOffset()));
        }
    }
}
