package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.Field;
import org.pcap4j.packet.ArpPacket;
import org.pcap4j.packet.Dot1qVlanTagPacket;
import org.pcap4j.packet.EthernetPacket;
import org.pcap4j.packet.IpV4Packet;
import org.pcap4j.packet.IpV6Packet;
import org.pcap4j.util.MacAddress;

import java.net.InetAddress;

import static dev.wirecheck.parsers.pcap4j.Unsigned.of;

/** Ethernet II, 802.1Q tags and ARP as pcap4j decodes them. */
final class LinkAdapters {
    static final int MAC_LENGTH = 6, IPV4_LENGTH = 4;
    private LinkAdapters() {}

    static void ethernet(PacketWalk w, EthernetPacket p, int at) {
        EthernetPacket.EthernetHeader h = p.getHeader();
        w.layer("eth", at, h.length());
        DissectionBuilder out = w.out;
        out.add(mac("eth.dst", h.getDstAddr(), at));
        out.add(mac("eth.src", h.getSrcAddr(), at + 6));
        typeOrLength(w, (int) of(h.getType()), "eth.len", "eth.type", at + 12);
    }

    static void vlan(PacketWalk w, Dot1qVlanTagPacket p, int at) {
        Dot1qVlanTagPacket.Dot1qVlanTagHeader h = p.getHeader();
        w.layer("vlan", at, h.length());
        DissectionBuilder out = w.out;
        out.dec("vlan.priority", Unsigned.u8(h.getPriority()), at, 2);
        out.dec("vlan.dei", h.getCfi() ? 1 : 0, at, 2);
        out.dec("vlan.id", h.getVidAsInt(), at, 2);
        typeOrLength(w, (int) of(h.getType()), "vlan.len", "vlan.etype", at + 2);
    }

    /** IEEE 802.3: a value up to 1500 is a length (802.3 framing), above it an EtherType. */
    private static void typeOrLength(PacketWalk w, int type, String lengthField, String typeField, int at) {
        if (type <= 1500) {
            w.out.dec(lengthField, type, at, 2);
        } else {
            w.out.hex(typeField, type, at, 2);
        }
        expectEtherType(w, type);
    }

    static void arp(PacketWalk w, ArpPacket p, int at) {
        ArpPacket.ArpHeader h = p.getHeader();
        w.layer("arp", at, h.length());
        DissectionBuilder out = w.out;
        int hlen = h.getHardwareAddrLengthAsInt();
        int plen = h.getProtocolAddrLengthAsInt();
        out.dec("arp.hw.type", of(h.getHardwareType()), at, 2);
        out.hex("arp.proto.type", of(h.getProtocolType()), at + 2, 2);
        out.dec("arp.hw.size", hlen, at + 4, 1);
        out.dec("arp.proto.size", plen, at + 5, 1);
        out.dec("arp.opcode", of(h.getOperation()), at + 6, 2);
        // pcap4j models Ethernet/IPv4 ARP only: its getters read a MAC and an IPv4 address at the fixed
        // offsets 8, 14, 18 and 24, whatever HLN and PLN say, so they mean something only for 6 and 4
        if (hlen == MAC_LENGTH && plen == IPV4_LENGTH) {
            out.add(mac("arp.src.hw_mac", h.getSrcHardwareAddr(), at + 8));
            out.add(ipv4("arp.src.proto_ipv4", h.getSrcProtocolAddr(), at + 14));
            out.add(mac("arp.dst.hw_mac", h.getDstHardwareAddr(), at + 18));
            out.add(ipv4("arp.dst.proto_ipv4", h.getDstProtocolAddr(), at + 24));
        }
    }

    private static void expectEtherType(PacketWalk w, int type) {
        switch (type) {
            case 0x0800 -> w.expect("ip", IpV4Packet::newPacket);
            case 0x86dd -> w.expect("ipv6", IpV6Packet::newPacket);
            case 0x0806 -> w.expect("arp", ArpPacket::newPacket);
            case 0x8100 -> w.expect("vlan", Dot1qVlanTagPacket::newPacket);
            default -> { }
        }
    }

    static Field mac(String name, MacAddress a, int at) {
        return Field.text(name, Bytes.mac(a.getAddress(), 0), at, 6);
    }

    static Field ipv4(String name, InetAddress a, int at) {
        return Field.text(name, Unsigned.address(a), at, 4);
    }
}
