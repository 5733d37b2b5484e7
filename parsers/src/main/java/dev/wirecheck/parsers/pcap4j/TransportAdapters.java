package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.Field;
import org.pcap4j.packet.DnsPacket;
import org.pcap4j.packet.IcmpV4CommonPacket;
import org.pcap4j.packet.IcmpV6CommonPacket;
import org.pcap4j.packet.IllegalTcpOption;
import org.pcap4j.packet.IpV6ExtDestinationOptionsPacket;
import org.pcap4j.packet.IpV6ExtFragmentPacket;
import org.pcap4j.packet.IpV6ExtHopByHopOptionsPacket;
import org.pcap4j.packet.IpV6ExtRoutingPacket;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.TcpEndOfOptionList;
import org.pcap4j.packet.TcpMaximumSegmentSizeOption;
import org.pcap4j.packet.TcpNoOperationOption;
import org.pcap4j.packet.TcpPacket;
import org.pcap4j.packet.TcpSackPermittedOption;
import org.pcap4j.packet.TcpTimestampsOption;
import org.pcap4j.packet.TcpWindowScaleOption;
import org.pcap4j.packet.UdpPacket;
import org.pcap4j.packet.UnknownTcpOption;

import static dev.wirecheck.parsers.pcap4j.Unsigned.of;
import static dev.wirecheck.parsers.pcap4j.Unsigned.bit;
import static dev.wirecheck.parsers.pcap4j.Unsigned.u16;
import static dev.wirecheck.parsers.pcap4j.Unsigned.u8;

/** TCP (RFC 9293 §3.1, with its options) and UDP (RFC 768) as pcap4j decodes them. */
final class TransportAdapters {
    static final int DNS_PORT = 53;

    private TransportAdapters() {}

    /** What pcap4j should build after an IP header or extension with this next-protocol number. */
    static void expectProtocol(PacketWalk w, int protocol) {
        switch (protocol) {
            case 6 -> w.expect("tcp", TcpPacket::newPacket);
            case 17 -> w.expect("udp", UdpPacket::newPacket);
            case 1 -> w.expect("icmp", IcmpV4CommonPacket::newPacket);
            case 58 -> w.expect("icmpv6", IcmpV6CommonPacket::newPacket);
            case 0 -> w.expect("ipv6.hopopts", IpV6ExtHopByHopOptionsPacket::newPacket);
            case 60 -> w.expect("ipv6.dstopts", IpV6ExtDestinationOptionsPacket::newPacket);
            case 43 -> w.expect("ipv6.routing", IpV6ExtRoutingPacket::newPacket);
            case 44 -> w.expect("ipv6.fraghdr", IpV6ExtFragmentPacket::newPacket);
            default -> { }
        }
    }

    static void tcp(PacketWalk w, TcpPacket p, int at) {
        TcpPacket.TcpHeader h = p.getHeader();
        int headerLength = h.getDataOffsetAsInt() * 4;
        w.layer("tcp", at, headerLength);
        DissectionBuilder out = w.out;
        out.dec("tcp.srcport", of(h.getSrcPort()), at, 2);
        out.dec("tcp.dstport", of(h.getDstPort()), at + 2, 2);
        out.dec("tcp.len", payloadLength(p), at, 0);
        out.dec("tcp.seq_raw", h.getSequenceNumberAsLong(), at + 4, 4);
        out.dec("tcp.ack_raw", h.getAcknowledgmentNumberAsLong(), at + 8, 4);
        out.dec("tcp.hdr_len", headerLength, at + 12, 1);
        // pcap4j keeps RFC 793's six reserved bits, which hold the three reserved bits, AE, CWR and ECE
        int reserved = h.getReserved() & 0x3f;
        int flags = reserved << 6 | bit(h.getUrg(), 5) | bit(h.getAck(), 4) | bit(h.getPsh(), 3)
                | bit(h.getRst(), 2) | bit(h.getSyn(), 1) | bit(h.getFin(), 0);
        out.hex("tcp.flags", flags, at + 12, 2);
        out.dec("tcp.flags.res", reserved >>> 3, at + 12, 1);
        out.dec("tcp.flags.ae", (reserved >>> 2) & 1, at + 12, 1);
        out.dec("tcp.flags.cwr", (reserved >>> 1) & 1, at + 13, 1);
        out.dec("tcp.flags.ece", reserved & 1, at + 13, 1);
        out.flag("tcp.flags.urg", h.getUrg(), at + 13, 1);
        out.flag("tcp.flags.ack", h.getAck(), at + 13, 1);
        out.flag("tcp.flags.push", h.getPsh(), at + 13, 1);
        out.flag("tcp.flags.reset", h.getRst(), at + 13, 1);
        out.flag("tcp.flags.syn", h.getSyn(), at + 13, 1);
        out.flag("tcp.flags.fin", h.getFin(), at + 13, 1);
        out.dec("tcp.window_size_value", h.getWindowAsInt(), at + 14, 2);
        out.hex("tcp.checksum", u16(h.getChecksum()), at + 16, 2);
        out.dec("tcp.urgent_pointer", h.getUrgentPointerAsInt(), at + 18, 2);
        options(w, h, at + 20);
        if (!w.quoted && w.src != null) {
            w.checksum(p.hasValidChecksum(w.src, w.dst, false), "tcp", at + 16);
        }
    }

    private static void options(PacketWalk w, TcpPacket.TcpHeader h, int start) {
        DissectionBuilder out = w.out;
        int o = start;
        boolean endOfList = false;
        for (TcpPacket.TcpOption opt : h.getOptions()) {
            int kind = u8(opt.getKind().value());
            if (opt instanceof IllegalTcpOption) {
                w.report("tcp", o, Pcap4jFailures.ILLEGAL_OPTION, "pcap4j: illegal TCP option " + kind);
                return;
            }
            out.dec("tcp.option_kind", kind, o, 1);
            int len = opt.length();
            int d = o + 2;
            if (opt instanceof TcpNoOperationOption || opt instanceof TcpEndOfOptionList) {
                out.add(rawBytes(opt instanceof TcpNoOperationOption ? "tcp.options.nop" : "tcp.options.eol", opt.getRawData(), o));
                endOfList = opt instanceof TcpEndOfOptionList;
                o += len;
                continue;
            }
            out.dec("tcp.option_len", len, o + 1, 1);
            // pcap4j 1.8.2 keeps the edges of a SACK option private: it yields no sack_le/sack_re
            if (opt instanceof TcpMaximumSegmentSizeOption mss) {
                out.dec("tcp.options.mss_val", mss.getMaxSegSizeAsInt(), d, 2);
            } else if (opt instanceof TcpWindowScaleOption ws) {
                int shift = ws.getShiftCountAsInt();
                out.dec("tcp.options.wscale.shift", shift, d, 1);
                out.dec("tcp.options.wscale.multiplier", shift > 14 ? 1L << 14 : 1L << shift, d, 1);
            } else if (opt instanceof TcpSackPermittedOption) {
                out.add(rawBytes("tcp.options.sack_perm", opt.getRawData(), o));
            } else if (opt instanceof TcpTimestampsOption ts) {
                out.dec("tcp.options.timestamp.tsval", ts.getTsValueAsLong(), d, 4);
                out.dec("tcp.options.timestamp.tsecr", ts.getTsEchoReplyAsLong(), d + 4, 4);
            } else if (opt instanceof UnknownTcpOption unknown) {
                out.add(new Field("tcp.options.unknown.payload", Bytes.hexColon(unknown.getData(), 0, unknown.getData().length),
                        d, unknown.getData().length, Field.Base.BYTES));
            }
            o += len;
        }
        if (endOfList) {
            // zero bytes after End of Option List: tshark shows each as one more EOL, as the hand family does
            for (byte pad : h.getPadding()) {
                if (pad != 0) {
                    break;
                }
                out.dec("tcp.option_kind", 0, o, 1);
                out.add(rawBytes("tcp.options.eol", new byte[] {0}, o));
                o++;
            }
        }
    }

    /** A field holding bytes pcap4j produced (an option's raw data), placed at its frame offset. */
    static Field rawBytes(String name, byte[] raw, int at) {
        return new Field(name, Bytes.hexColon(raw, 0, raw.length), at, raw.length, Field.Base.BYTES);
    }

    static void udp(PacketWalk w, UdpPacket p, int at) {
        UdpPacket.UdpHeader h = p.getHeader();
        w.layer("udp", at, h.length());
        DissectionBuilder out = w.out;
        int src = (int) of(h.getSrcPort());
        int dst = (int) of(h.getDstPort());
        out.dec("udp.srcport", src, at, 2);
        out.dec("udp.dstport", dst, at + 2, 2);
        out.dec("udp.length", h.getLengthAsInt(), at + 4, 2);
        out.hex("udp.checksum", u16(h.getChecksum()), at + 6, 2);
        if (!w.quoted && w.src != null) {
            // RFC 768: a zero checksum means none was computed; RFC 8200 §8.1 forbids that over IPv6
            w.checksum(p.hasValidChecksum(w.src, w.dst, !w.ipv6), "udp", at + 6);
        }
        if (src == DNS_PORT || dst == DNS_PORT) {
            w.expect("dns", DnsPacket::newPacket);
        }
    }


    private static int payloadLength(Packet p) {
        return p.getPayload() == null ? 0 : p.getPayload().length();
    }
}
