package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_VALUE;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * ARP packet (RFC 826). Addresses are only given their Ethernet/IPv4 meaning when the
 * hardware and protocol sizes are 6 and 4; other sizes are kept as raw bytes.
 */
public final class Arp extends View {
    static final int HTYPE = 0, PTYPE = 2, HLEN = 4, PLEN = 5, OPER = 6, FIXED = 8;
    public static final int REQUEST = 1, REPLY = 2;

    public static final MalformationCode TRUNCATED_PACKET = Code.of("arp", "truncated", TRUNCATED);
    public static final MalformationCode BAD_OPCODE = Code.of("arp", "bad-opcode", BAD_VALUE);

    private int hlen;
    private int plen;

    public boolean read(byte[] bytes, int at, int length, Problems problems) {
        wrap(bytes, at, length);
        if (length < FIXED) {
            problems.add("arp", at, TRUNCATED_PACKET, "ARP needs 8 fixed bytes, " + length + " left");
            return false;
        }
        hlen = u8(HLEN);
        plen = u8(PLEN);
        int need = FIXED + 2 * (hlen + plen);
        if (length < need) {
            problems.add("arp", at, TRUNCATED_PACKET,
                    "ARP with hlen " + hlen + " and plen " + plen + " needs " + need + " bytes, " + length + " left");
            return false;
        }
        int op = opcode();
        if (op == 0) {
            // RFC 826 defines 1 and 2; RFC 5494 reserves 0 and 65535, other values are assigned.
            problems.add("arp", at + OPER, BAD_OPCODE, "ARP opcode 0 is reserved (RFC 5494 §2)");
        }
        return true;
    }

    public int hardwareType() {
        return u16(HTYPE);
    }

    public int protocolType() {
        return u16(PTYPE);
    }

    public int hardwareSize() {
        return hlen;
    }

    public int protocolSize() {
        return plen;
    }

    public int opcode() {
        return u16(OPER);
    }

    /** True for Ethernet hardware addresses and IPv4 protocol addresses. */
    public boolean isEthernetIpv4() {
        return hlen == 6 && plen == 4 && protocolType() == EtherTypes.IPV4;
    }

    public int senderHwOffset() {
        return start + FIXED;
    }

    public int senderProtoOffset() {
        return start + FIXED + hlen;
    }

    public int targetHwOffset() {
        return start + FIXED + hlen + plen;
    }

    public int targetProtoOffset() {
        return start + FIXED + 2 * hlen + plen;
    }

    public int length() {
        return FIXED + 2 * (hlen + plen);
    }

    public void describe(DissectionBuilder out) {
        out.layer("arp", start, length());
        out.dec("arp.hw.type", hardwareType(), start + HTYPE, 2);
        out.hex("arp.proto.type", protocolType(), start + PTYPE, 2);
        out.dec("arp.hw.size", hlen, start + HLEN, 1);
        out.dec("arp.proto.size", plen, start + PLEN, 1);
        out.dec("arp.opcode", opcode(), start + OPER, 2);
        if (hlen == 6) {
            out.mac("arp.src.hw_mac", b, senderHwOffset());
        } else {
            out.bytes("arp.src.hw", b, senderHwOffset(), hlen);
        }
        if (plen == 4 && protocolType() == EtherTypes.IPV4) {
            out.ipv4("arp.src.proto_ipv4", b, senderProtoOffset());
        } else {
            out.bytes("arp.src.proto", b, senderProtoOffset(), plen);
        }
        if (hlen == 6) {
            out.mac("arp.dst.hw_mac", b, targetHwOffset());
        } else {
            out.bytes("arp.dst.hw", b, targetHwOffset(), hlen);
        }
        if (plen == 4 && protocolType() == EtherTypes.IPV4) {
            out.ipv4("arp.dst.proto_ipv4", b, targetProtoOffset());
        } else {
            out.bytes("arp.dst.proto", b, targetProtoOffset(), plen);
        }
    }

    /** Only for Ethernet/IPv4 ARP, which is all a {@link ArpRepr} describes; null otherwise. */
    public ArpRepr toRepr() {
        if (!isEthernetIpv4()) {
            return null;
        }
        return new ArpRepr(opcode(), MacAddress.of(b, senderHwOffset()), IpAddresses.v4(b, senderProtoOffset()),
                MacAddress.of(b, targetHwOffset()), IpAddresses.v4(b, targetProtoOffset()));
    }
}
