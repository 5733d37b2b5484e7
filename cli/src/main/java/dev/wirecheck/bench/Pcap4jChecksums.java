package dev.wirecheck.bench;

import org.pcap4j.packet.IcmpV4CommonPacket;
import org.pcap4j.packet.IcmpV6CommonPacket;
import org.pcap4j.packet.IpV4Packet;
import org.pcap4j.packet.IpV6Packet;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.TcpPacket;
import org.pcap4j.packet.UdpPacket;

import java.net.InetAddress;

/**
 * pcap4j asked to verify what the hand-written dissector verifies: the IPv4 header checksum and
 * the ICMP, ICMPv6, TCP and UDP checksums with their pseudo-headers. pcap4j's packet factory
 * checks none of them by itself, so the {@code pcap4j} stage does less work than {@code hand};
 * this is the like-for-like baseline for {@code hand} (the {@code pcap4j-checksums} stage).
 *
 * <p>Only the outermost packet of each kind is verified: the datagram an ICMP error quotes is
 * cut short by design, and the hand dissector does not verify it either.
 */
final class Pcap4jChecksums {
    private Pcap4jChecksums() {}

    /** How many of the packet's checksums verify; 0 for a packet with none that does. */
    static int valid(Packet packet) {
        InetAddress src;
        InetAddress dst;
        int valid = 0;
        IpV4Packet v4 = packet.get(IpV4Packet.class);
        IpV6Packet v6 = v4 == null ? packet.get(IpV6Packet.class) : null;
        if (v4 != null) {
            valid += v4.getHeader().hasValidChecksum(false) ? 1 : 0;
            src = v4.getHeader().getSrcAddr();
            dst = v4.getHeader().getDstAddr();
        } else if (v6 != null) {
            src = v6.getHeader().getSrcAddr();
            dst = v6.getHeader().getDstAddr();
        } else {
            return 0;
        }
        TcpPacket tcp = packet.get(TcpPacket.class);
        UdpPacket udp = tcp == null ? packet.get(UdpPacket.class) : null;
        if (tcp != null) {
            valid += tcp.hasValidChecksum(src, dst, false) ? 1 : 0;
        } else if (udp != null) {
            // over IPv4 a zero UDP checksum means "not computed" (RFC 768); over IPv6 it is invalid (RFC 8200 §8.1)
            valid += udp.hasValidChecksum(src, dst, v4 != null) ? 1 : 0;
        } else if (v4 != null) {
            IcmpV4CommonPacket icmp = packet.get(IcmpV4CommonPacket.class);
            valid += icmp != null && icmp.hasValidChecksum(false) ? 1 : 0;
        } else {
            IcmpV6CommonPacket icmp = packet.get(IcmpV6CommonPacket.class);
            valid += icmp != null && icmp.hasValidChecksum(v6.getHeader().getSrcAddr(), v6.getHeader().getDstAddr(), false) ? 1 : 0;
        }
        return valid;
    }
}
