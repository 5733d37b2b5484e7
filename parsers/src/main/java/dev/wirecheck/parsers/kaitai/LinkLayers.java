package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.EtherTypes;
import dev.wirecheck.parsers.hand.Ethernet;
import dev.wirecheck.parsers.hand.LinuxSll;
import dev.wirecheck.parsers.hand.Vlan;
import dev.wirecheck.parsers.kaitai.gen.ArpPacket;
import dev.wirecheck.parsers.kaitai.gen.EthernetFrame;
import dev.wirecheck.parsers.kaitai.gen.VlanTag;
import dev.wirecheck.wire.DissectionBuilder;

/**
 * Ethernet II, 802.1Q/802.1ad tags, Linux cooked headers and ARP from their generated
 * parsers. Each method emits its layer and returns the EtherType of what follows, or -1
 * when nothing follows that can be dissected.
 */
final class LinkLayers {
    /** The EtherType, or the 802.3 length, and where the next header starts. */
    record Next(int etherType, int offset) {
    }

    private LinkLayers() {}

    static Next ethernet(Ctx c, int length) {
        EthernetFrame eth = Region.parse(c.b, 0, length, EthernetFrame::new, c.problems, "eth",
                Ethernet.TRUNCATED_HEADER, "Ethernet header");
        if (eth == null) {
            return null;
        }
        DissectionBuilder out = c.out;
        out.layer("eth", 0, 14);
        out.add(Fields.mac("eth.dst", eth.dst(), 0));
        out.add(Fields.mac("eth.src", eth.src(), 6));
        if (eth.isLength()) {
            out.dec("eth.len", eth.etherType(), 12, 2);
            return null; // IEEE 802.3 with LLC: not dissected further
        }
        out.hex("eth.type", eth.etherType(), 12, 2);
        int type = eth.etherType();
        int at = 14;
        int tags = 0;
        while (EtherTypes.isVlanTag(type)) {
            if (tags == Vlan.MAX_TAGS) {
                c.problems.add("vlan", at, Vlan.TOO_MANY_TAGS, "more than " + Vlan.MAX_TAGS + " stacked VLAN tags");
                return null;
            }
            VlanTag tag = Region.parse(c.b, at, length - at, VlanTag::new, c.problems, "vlan",
                    Vlan.TRUNCATED_TAG, "802.1Q tag");
            if (tag == null) {
                return null;
            }
            Vlan.describe(out, type, at, tag.priority(), tag.dropEligible(), tag.vlanId(), tag.etherType());
            type = tag.etherType();
            tags++;
            at += 4;
        }
        return new Next(type, at);
    }

    static Next sll(Ctx c, int length, boolean v2) {
        dev.wirecheck.parsers.kaitai.gen.LinuxSll sll = Region.parse(c.b, 0, length,
                io -> new dev.wirecheck.parsers.kaitai.gen.LinuxSll(io, v2), c.problems, "sll",
                LinuxSll.TRUNCATED_HEADER, "Linux cooked header");
        if (sll == null) {
            return null;
        }
        DissectionBuilder out = c.out;
        if (v2) {
            var h = sll.v2();
            out.layer("sll", 0, 20);
            out.dec("sll.pkttype", h.packetType(), 10, 1);
            out.dec("sll.hatype", h.hardwareType(), 8, 2);
            out.dec("sll.halen", h.addressLength(), 11, 1);
            if (h.addressLength() == 6) {
                out.mac("sll.src.eth", c.b, 12);
            }
            out.dec("sll.ifindex", h.interfaceIndex(), 4, 4);
            out.hex("sll.etype", h.protocol(), 0, 2);
            return new Next(h.protocol(), 20);
        }
        var h = sll.v1();
        out.layer("sll", 0, 16);
        out.dec("sll.pkttype", h.packetType(), 0, 2);
        out.dec("sll.hatype", h.hardwareType(), 2, 2);
        out.dec("sll.halen", h.addressLength(), 4, 2);
        if (h.addressLength() == 6) {
            out.mac("sll.src.eth", c.b, 6);
        }
        out.hex("sll.etype", h.protocol(), 14, 2);
        return new Next(h.protocol(), 16);
    }

    static void arp(Ctx c, int at, int length) {
        ArpPacket arp = Region.parse(c.b, at, length, ArpPacket::new, c.problems, "arp", Arp.TRUNCATED_PACKET,
                "ARP packet");
        if (arp == null) {
            return;
        }
        if (arp.opcode() == 0) {
            c.problems.add("arp", at + 6, Arp.BAD_OPCODE, "ARP opcode 0 is reserved (RFC 5494 §2)");
        }
        int hlen = arp.lenHwAddr();
        int plen = arp.lenProtoAddr();
        boolean ipv4 = plen == 4 && arp.protoType() == EtherTypes.IPV4;
        DissectionBuilder out = c.out;
        out.layer("arp", at, 8 + 2 * (hlen + plen));
        out.dec("arp.hw.type", arp.hwType(), at, 2);
        out.hex("arp.proto.type", arp.protoType(), at + 2, 2);
        out.dec("arp.hw.size", hlen, at + 4, 1);
        out.dec("arp.proto.size", plen, at + 5, 1);
        out.dec("arp.opcode", arp.opcode(), at + 6, 2);
        int o = at + 8;
        out.add(hlen == 6 ? Fields.mac("arp.src.hw_mac", arp.senderHw(), o) : Fields.bytes("arp.src.hw", arp.senderHw(), o));
        o += hlen;
        out.add(ipv4 ? Fields.ipv4("arp.src.proto_ipv4", arp.senderProto(), o)
                : Fields.bytes("arp.src.proto", arp.senderProto(), o));
        o += plen;
        out.add(hlen == 6 ? Fields.mac("arp.dst.hw_mac", arp.targetHw(), o) : Fields.bytes("arp.dst.hw", arp.targetHw(), o));
        o += hlen;
        out.add(ipv4 ? Fields.ipv4("arp.dst.proto_ipv4", arp.targetProto(), o)
                : Fields.bytes("arp.dst.proto", arp.targetProto(), o));
    }
}
