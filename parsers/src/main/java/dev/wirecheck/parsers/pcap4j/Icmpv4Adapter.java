package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.wire.DissectionBuilder;
import org.pcap4j.packet.IcmpV4CommonPacket;
import org.pcap4j.packet.IcmpV4DestinationUnreachablePacket;
import org.pcap4j.packet.IcmpV4EchoPacket;
import org.pcap4j.packet.IcmpV4EchoReplyPacket;
import org.pcap4j.packet.IcmpV4ParameterProblemPacket;
import org.pcap4j.packet.IcmpV4RedirectPacket;
import org.pcap4j.packet.IcmpV4SourceQuenchPacket;
import org.pcap4j.packet.IcmpV4TimeExceededPacket;
import org.pcap4j.packet.IcmpV4TimestampPacket;
import org.pcap4j.packet.IcmpV4TimestampReplyPacket;
import org.pcap4j.packet.IpV4Packet;
import org.pcap4j.packet.Packet;

import static dev.wirecheck.parsers.pcap4j.Unsigned.of;
import static dev.wirecheck.parsers.pcap4j.Unsigned.u16;
import static dev.wirecheck.parsers.pcap4j.Unsigned.u32;

/**
 * ICMPv4 (RFC 792). pcap4j splits a message into a common header (type, code, checksum)
 * and a body packet per type; both land in the one {@code icmp} layer here. The datagram
 * an error quotes follows as its own layers, without malformations, as in the hand family.
 */
final class Icmpv4Adapter {
    static final int DEST_UNREACHABLE = 3, FRAGMENTATION_NEEDED = 4;

    private Icmpv4Adapter() {}

    static void describe(PacketWalk w, IcmpV4CommonPacket p, int at) {
        IcmpV4CommonPacket.IcmpV4CommonHeader h = p.getHeader();
        w.layer("icmp", at, 8);
        DissectionBuilder out = w.out;
        int type = (int) of(h.getType());
        int code = (int) of(h.getCode());
        out.dec("icmp.type", type, at, 1);
        out.dec("icmp.code", code, at + 1, 1);
        out.hex("icmp.checksum", u16(h.getChecksum()), at + 2, 2);
        if (!w.quoted && !w.fragment) {
            w.checksum(p.hasValidChecksum(false), "icmp", at + 2);
        }
        body(w, p.getPayload(), type, code, at + 4);
    }

    private static void body(PacketWalk w, Packet body, int type, int code, int at) {
        DissectionBuilder out = w.out;
        if (body instanceof IcmpV4EchoPacket echo) {
            identified(out, echo.getHeader().getIdentifierAsInt(), echo.getHeader().getSequenceNumberAsInt(), at);
        } else if (body instanceof IcmpV4EchoReplyPacket echo) {
            identified(out, echo.getHeader().getIdentifierAsInt(), echo.getHeader().getSequenceNumberAsInt(), at);
        } else if (body instanceof IcmpV4TimestampPacket ts) {
            var h = ts.getHeader();
            identified(out, h.getIdentifierAsInt(), h.getSequenceNumberAsInt(), at);
            timestamps(out, h.getOriginateTimestamp(), h.getReceiveTimestamp(), h.getTransmitTimestamp(), at + 4);
        } else if (body instanceof IcmpV4TimestampReplyPacket ts) {
            var h = ts.getHeader();
            identified(out, h.getIdentifierAsInt(), h.getSequenceNumberAsInt(), at);
            timestamps(out, h.getOriginateTimestamp(), h.getReceiveTimestamp(), h.getTransmitTimestamp(), at + 4);
        } else if (body instanceof IcmpV4DestinationUnreachablePacket unreachable) {
            if (type == DEST_UNREACHABLE && code == FRAGMENTATION_NEEDED) {
                out.dec("icmp.mtu", unreachable.getHeader().getUnused() & 0xffff, at + 2, 2);
            }
            quoting(w);
        } else if (body instanceof IcmpV4RedirectPacket redirect) {
            out.add(LinkAdapters.ipv4("icmp.redir_gw", redirect.getHeader().getGatewayInternetAddress(), at));
            quoting(w);
        } else if (body instanceof IcmpV4ParameterProblemPacket problem) {
            out.dec("icmp.pointer", problem.getHeader().getPointerAsInt(), at, 1);
            quoting(w);
        } else if (body instanceof IcmpV4TimeExceededPacket || body instanceof IcmpV4SourceQuenchPacket) {
            quoting(w);
        }
    }

    /** What follows an error's header is the datagram it quotes, cut short by design. */
    private static void quoting(PacketWalk w) {
        w.quoted = true;
        w.expect("ip", IpV4Packet::newPacket);
    }

    private static void identified(DissectionBuilder out, int ident, int seq, int at) {
        out.hex("icmp.ident", ident, at, 2);
        out.dec("icmp.seq", seq, at + 2, 2);
    }

    private static void timestamps(DissectionBuilder out, int originate, int receive, int transmit, int at) {
        out.dec("icmp.originate_timestamp", u32(originate), at, 4);
        out.dec("icmp.receive_timestamp", u32(receive), at + 4, 4);
        out.dec("icmp.transmit_timestamp", u32(transmit), at + 8, 4);
    }

    /** The body packets described above, which the walk steps over. */
    static boolean isBody(Packet p) {
        return p instanceof IcmpV4EchoPacket || p instanceof IcmpV4EchoReplyPacket || p instanceof IcmpV4TimestampPacket
                || p instanceof IcmpV4TimestampReplyPacket || p instanceof IcmpV4DestinationUnreachablePacket
                || p instanceof IcmpV4RedirectPacket || p instanceof IcmpV4ParameterProblemPacket
                || p instanceof IcmpV4TimeExceededPacket || p instanceof IcmpV4SourceQuenchPacket;
    }
}
