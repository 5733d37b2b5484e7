package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.LinkType;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;
import org.pcap4j.packet.ArpPacket;
import org.pcap4j.packet.DnsPacket;
import org.pcap4j.packet.Dot1qVlanTagPacket;
import org.pcap4j.packet.EthernetPacket;
import org.pcap4j.packet.IcmpV4CommonPacket;
import org.pcap4j.packet.IcmpV6CommonPacket;
import org.pcap4j.packet.IllegalPacket;
import org.pcap4j.packet.IllegalRawDataException;
import org.pcap4j.packet.IpV4Packet;
import org.pcap4j.packet.IpV6ExtDestinationOptionsPacket;
import org.pcap4j.packet.IpV6ExtFragmentPacket;
import org.pcap4j.packet.IpV6ExtHopByHopOptionsPacket;
import org.pcap4j.packet.IpV6ExtRoutingPacket;
import org.pcap4j.packet.IpV6Packet;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.TcpPacket;
import org.pcap4j.packet.UdpPacket;

import java.net.InetAddress;

/**
 * Walks the chain of packets pcap4j built for one frame, outermost first, keeping the byte
 * offset of each header (pcap4j only knows lengths), and hands each packet to the adapter
 * of its protocol. Holds what later layers need from earlier ones: the IP addresses for
 * the checksums, whether the datagram is a fragment, whether we are inside the datagram an
 * ICMP error quotes (whose defects are not the frame's, as in the hand family).
 */
final class PacketWalk {
    final byte[] frame;
    final DissectionBuilder out;
    private final Problems problems;

    private String layer = "frame";
    private int offset;
    private String expectedLayer;
    private RawParser expectedParser;

    /** Addresses of the innermost IP header, for the transport checksums. */
    InetAddress src;
    InetAddress dst;
    boolean ipv6;
    /** The upper layer cannot be verified: the datagram is a fragment. */
    boolean fragment;
    /** Inside the datagram an ICMP error quotes: it is cut short by design, so no malformations. */
    boolean quoted;

    PacketWalk(byte[] frame, DissectionBuilder out, Problems problems) {
        this.frame = frame;
        this.out = out;
        this.problems = problems;
    }

    String currentLayer() {
        return layer;
    }

    int currentOffset() {
        return offset;
    }

    void frame(LinkType linkType) {
        switch (linkType) {
            case EN10MB -> start("eth", EthernetPacket::newPacket);
            case IPV4 -> start("ip", IpV4Packet::newPacket);
            case IPV6 -> start("ipv6", IpV6Packet::newPacket);
            case RAW -> {
                if (frame.length > 0 && (frame[0] & 0xf0) == 0x60) {
                    start("ipv6", IpV6Packet::newPacket);
                } else {
                    start("ip", IpV4Packet::newPacket);
                }
            }
            default -> { } // pcap4j's Linux SLL classes are not adapted: the captures have none
        }
    }

    private void start(String firstLayer, RawParser parser) {
        layer = firstLayer;
        Packet p;
        try {
            p = parser.parse(frame, 0, frame.length);
        } catch (IllegalRawDataException e) {
            report(firstLayer, 0, Pcap4jFailures.classify(e.getMessage()), e.getMessage());
            return;
        }
        walk(p, 0);
    }

    /** Starts a layer in the dissection and remembers where we are, for error reports. */
    void layer(String name, int at, int length) {
        layer = name;
        offset = at;
        out.layer(name, at, length);
    }

    /** Says what pcap4j should build next, so an IllegalPacket in its place can be explained. */
    void expect(String nextLayer, RawParser parser) {
        expectedLayer = nextLayer;
        expectedParser = parser;
    }

    void report(String inLayer, int at, MalformationCode code, String message) {
        if (!quoted) {
            problems.add(inLayer, at, code, message);
        }
    }

    void checksum(boolean valid, String inLayer, int at) {
        if (!valid && !fragment) {
            report(inLayer, at, Pcap4jFailures.CHECKSUM, "pcap4j: the checksum does not verify");
        }
    }

    private void walk(Packet first, int start) {
        int at = start;
        for (Packet p = first; p != null; p = p.getPayload()) {
            expectedLayer = null;
            expectedParser = null;
            if (p instanceof IllegalPacket illegal) {
                illegal(illegal, at);
                return;
            }
            if (!describe(p, at)) {
                return;
            }
            at += p.getHeader() == null ? 0 : p.getHeader().length();
            if (p.getPayload() instanceof IllegalPacket illegal) {
                illegal(illegal, at);
                return;
            }
        }
    }

    /** Hands the packet to its adapter; false for a packet pcap4j does not decode (data, unknown). */
    private boolean describe(Packet p, int at) {
        if (p instanceof EthernetPacket eth) {
            LinkAdapters.ethernet(this, eth, at);
        } else if (p instanceof Dot1qVlanTagPacket vlan) {
            LinkAdapters.vlan(this, vlan, at);
        } else if (p instanceof ArpPacket arp) {
            LinkAdapters.arp(this, arp, at);
        } else if (p instanceof IpV4Packet ip) {
            Ipv4Adapter.describe(this, ip, at);
        } else if (p instanceof IpV6Packet ip) {
            Ipv6Adapter.describe(this, ip, at);
        } else if (p instanceof IpV6ExtHopByHopOptionsPacket ext) {
            Ipv6Adapter.options(this, "ipv6.hopopts", ext.getHeader(), at);
        } else if (p instanceof IpV6ExtDestinationOptionsPacket ext) {
            Ipv6Adapter.options(this, "ipv6.dstopts", ext.getHeader(), at);
        } else if (p instanceof IpV6ExtRoutingPacket ext) {
            Ipv6Adapter.routing(this, ext.getHeader(), at);
        } else if (p instanceof IpV6ExtFragmentPacket ext) {
            Ipv6Adapter.fragment(this, ext.getHeader(), at);
        } else if (p instanceof IcmpV4CommonPacket icmp) {
            Icmpv4Adapter.describe(this, icmp, at);
        } else if (p instanceof IcmpV6CommonPacket icmp) {
            Icmpv6Adapter.describe(this, icmp, at);
        } else if (p instanceof TcpPacket tcp) {
            TransportAdapters.tcp(this, tcp, at);
        } else if (p instanceof UdpPacket udp) {
            TransportAdapters.udp(this, udp, at);
        } else if (p instanceof DnsPacket dns) {
            DnsAdapter.describe(this, dns, at);
            return false;
        } else {
            // the bodies of ICMP messages are described by their ICMP adapter; the rest is data
            return Icmpv4Adapter.isBody(p) || Icmpv6Adapter.isBody(p);
        }
        return true;
    }

    /** pcap4j could not build the packet here: run the expected factory again to learn why. */
    private void illegal(IllegalPacket p, int at) {
        String inLayer = expectedLayer != null ? expectedLayer : layer;
        String message = "pcap4j built an IllegalPacket";
        MalformationCode code = Pcap4jFailures.ILLEGAL;
        if (expectedParser != null) {
            byte[] raw = p.getRawData();
            try {
                expectedParser.parse(raw, 0, raw.length);
            } catch (IllegalRawDataException e) {
                message = e.getMessage();
                code = Pcap4jFailures.classify(message);
            }
        }
        report(inLayer, at, code, message);
    }
}
