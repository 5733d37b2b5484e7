package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.Checksums;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.parsers.hand.TlvFormat;
import dev.wirecheck.parsers.hand.Udp;
import dev.wirecheck.parsers.kaitai.gen.TcpQuote;
import dev.wirecheck.parsers.kaitai.gen.TcpSegment;
import dev.wirecheck.parsers.kaitai.gen.TlvOptions;
import dev.wirecheck.parsers.kaitai.gen.UdpDatagram;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.DissectionBuilder;

/** TCP and UDP from {@code tcp_segment}, {@code tcp_quote} and {@code udp_datagram}. */
final class TransportLayers {
    private static final int OPT_SACK_PERM = 4;

    /** tshark's names of the nine flag bits, bit 0 (FIN) first. */
    private static final String[] FLAG_NAMES = {"tcp.flags.fin", "tcp.flags.syn", "tcp.flags.reset",
        "tcp.flags.push", "tcp.flags.ack", "tcp.flags.urg", "tcp.flags.ece", "tcp.flags.cwr", "tcp.flags.ae"};

    private TransportLayers() {}

    static boolean tcp(Ctx c, int at, int length, long pseudo) {
        TcpSegment tcp = Region.parse(c.b, at, length, TcpSegment::new, c.problems, "tcp", Tcp.TRUNCATED_HEADER,
                "TCP header");
        if (tcp == null) {
            return false;
        }
        int hl = tcp.dataOffset() * 4;
        if (hl < 20) {
            c.problems.add("tcp", at + 12, Tcp.DATA_OFFSET_TOO_SMALL,
                    "data offset " + tcp.dataOffset() + " is below 5 (RFC 9293 §3.1)");
            return false;
        }
        if (pseudo != Checksums.UNVERIFIABLE && !Checksum.verifies(pseudo + length, c.b, at, length)) {
            c.problems.add("tcp", at + 16, Tcp.BAD_CHECKSUM_VALUE,
                    String.format("TCP checksum 0x%04x does not verify", tcp.checksum()));
        }
        DissectionBuilder out = c.out;
        out.layer("tcp", at, hl);
        out.dec("tcp.srcport", tcp.srcPort(), at, 2);
        out.dec("tcp.dstport", tcp.dstPort(), at + 2, 2);
        out.dec("tcp.len", length - hl, at, 0);
        out.dec("tcp.seq_raw", tcp.seqNum(), at + 4, 4);
        out.dec("tcp.ack_raw", tcp.ackNum(), at + 8, 4);
        out.dec("tcp.hdr_len", hl, at + 12, 1);
        int f = tcp.flags();
        out.hex("tcp.flags", f, at + 12, 2);
        out.dec("tcp.flags.res", (f >>> 9) & 7, at + 12, 1);
        for (int bit = 8; bit >= 0; bit--) {
            out.dec(FLAG_NAMES[bit], (f >>> bit) & 1, bit == 8 ? at + 12 : at + 13, 1);
        }
        out.dec("tcp.window_size_value", tcp.window(), at + 14, 2);
        out.hex("tcp.checksum", tcp.checksum(), at + 16, 2);
        out.dec("tcp.urgent_pointer", tcp.urgentPointer(), at + 18, 2);
        int endOfList = TlvWalk.walk(tcp.options(), at + 20, TlvFormat.TCP, c.problems,
                (o, o_at, total) -> tcpOption(c, o, o_at, total));
        if (endOfList >= 0) {
            int bad = TlvWalk.padding(c.b, endOfList, at + hl, i -> {
                out.dec("tcp.option_kind", 0, i, 1);
                out.add(Fields.bytes("tcp.options.eol", new byte[] {0}, i));
            });
            if (bad >= 0) {
                c.problems.add("tcp", bad, Tcp.PADDING_NOT_ZERO, "non-zero byte after End of Option List");
            }
        }
        return true;
    }

    private static void tcpOption(Ctx c, TlvOptions.TlvOption o, int at, int len) {
        DissectionBuilder out = c.out;
        int kind = o.kind();
        if (!Tcp.optionSizeValid(kind, len)) {
            c.problems.add("tcp", at, Tcp.OPTION_SIZE, "option kind " + kind + " with length " + len);
        }
        out.dec("tcp.option_kind", kind, at, 1);
        if (len == 1) {
            out.add(Fields.bytes(kind == 1 ? "tcp.options.nop" : "tcp.options.eol", new byte[] {(byte) kind}, at));
            return;
        }
        out.dec("tcp.option_len", len, at + 1, 1);
        int d = at + 2;
        Object body = o.body();
        if (body instanceof TlvOptions.U2Body mss) {
            if (mss.value() != null) {
                out.dec("tcp.options.mss_val", mss.value(), d, 2);
            }
        } else if (body instanceof TlvOptions.U1Body ws) {
            if (ws.value() != null) {
                int shift = ws.value();
                out.dec("tcp.options.wscale.shift", shift, d, 1);
                out.dec("tcp.options.wscale.multiplier", shift > 14 ? 1L << 14 : 1L << shift, d, 1);
            }
        } else if (body instanceof TlvOptions.TcpTimestampBody ts) {
            if (ts.tsval() != null) {
                out.dec("tcp.options.timestamp.tsval", ts.tsval(), d, 4);
                out.dec("tcp.options.timestamp.tsecr", ts.tsecr(), d + 4, 4);
            }
        } else if (body instanceof TlvOptions.SackBody sack) {
            int e = d;
            for (TlvOptions.SackBlock block : sack.blocks()) {
                out.dec("tcp.options.sack_le", block.leftEdge(), e, 4);
                out.dec("tcp.options.sack_re", block.rightEdge(), e + 4, 4);
                e += 8;
            }
        } else if (body instanceof byte[] raw) {
            if (kind == OPT_SACK_PERM) {
                out.add(Fields.bytes("tcp.options.sack_perm", TlvWalk.wholeOption(o, raw), at));
            } else {
                out.add(Fields.bytes("tcp.options.unknown.payload", raw, d));
            }
        }
    }

    /** Where a UDP datagram's payload lies, for the applications dispatched on its ports. */
    record UdpPayload(int srcPort, int dstPort, int offset, int length) {
    }

    /** Emits the layer; returns its payload, or null when the header could not be read. */
    /**
     * A TCP header quoted in an ICMP error: the whole header when it is there, else the
     * ports and sequence number of its first 8 bytes (RFC 792), as the hand family reads it.
     */
    static void quotedTcp(Ctx c, int at, int length) {
        if (tcp(c, at, length, Checksums.UNVERIFIABLE)) {
            return;
        }
        TcpQuote q = Region.parse(c.b, at, length, TcpQuote::new, c.problems, "tcp", Tcp.TRUNCATED_HEADER, "TCP quote");
        if (q == null) {
            return;
        }
        DissectionBuilder out = c.out;
        out.layer("tcp", at, 8);
        out.dec("tcp.srcport", q.srcPort(), at, 2);
        out.dec("tcp.dstport", q.dstPort(), at + 2, 2);
        out.dec("tcp.seq_raw", q.seqNum(), at + 4, 4);
    }

    static UdpPayload udp(Ctx c, int at, int length, long pseudo, boolean overIpv6) {
        UdpDatagram udp = Region.parse(c.b, at, length, UdpDatagram::new, c.problems, "udp", Udp.TRUNCATED_HEADER,
                "UDP header");
        if (udp == null) {
            return null;
        }
        int len = udp.length();
        if (len < 8) {
            c.problems.add("udp", at + 4, Udp.LENGTH_TOO_SMALL, "UDP length " + len + " is below 8 (RFC 768)");
        } else if (len > length) {
            if (pseudo != Checksums.UNVERIFIABLE) {
                c.problems.add("udp", at + 4, Udp.LENGTH_PAST_END, "UDP length " + len + " but " + length
                        + " bytes present");
            }
        } else if (pseudo != Checksums.UNVERIFIABLE) {
            if (udp.checksum() == 0) {
                if (overIpv6) {
                    c.problems.add("udp", at + 6, Udp.ZERO_CHECKSUM_IPV6,
                            "zero UDP checksum over IPv6 (RFC 8200 §8.1: must be discarded)");
                }
            } else if (!Checksum.verifies(pseudo + len, c.b, at, len)) {
                c.problems.add("udp", at + 6, Udp.BAD_CHECKSUM_VALUE,
                        String.format("UDP checksum 0x%04x does not verify", udp.checksum()));
            }
        }
        DissectionBuilder out = c.out;
        out.layer("udp", at, 8);
        out.dec("udp.srcport", udp.srcPort(), at, 2);
        out.dec("udp.dstport", udp.dstPort(), at + 2, 2);
        out.dec("udp.length", len, at + 4, 2);
        out.hex("udp.checksum", udp.checksum(), at + 6, 2);
        int payload = len < 8 || len > length ? length - 8 : len - 8;
        return new UdpPayload(udp.srcPort(), udp.dstPort(), at + 8, payload);
    }
}
