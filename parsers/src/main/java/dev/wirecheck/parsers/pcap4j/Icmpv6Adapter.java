package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.Field;
import org.pcap4j.packet.IcmpV6CommonPacket;
import org.pcap4j.packet.IcmpV6DestinationUnreachablePacket;
import org.pcap4j.packet.IcmpV6EchoReplyPacket;
import org.pcap4j.packet.IcmpV6EchoRequestPacket;
import org.pcap4j.packet.IcmpV6NeighborAdvertisementPacket;
import org.pcap4j.packet.IcmpV6NeighborSolicitationPacket;
import org.pcap4j.packet.IcmpV6PacketTooBigPacket;
import org.pcap4j.packet.IcmpV6ParameterProblemPacket;
import org.pcap4j.packet.IcmpV6RedirectPacket;
import org.pcap4j.packet.IcmpV6RouterAdvertisementPacket;
import org.pcap4j.packet.IcmpV6RouterSolicitationPacket;
import org.pcap4j.packet.IcmpV6TimeExceededPacket;
import org.pcap4j.packet.IpV6Packet;
import org.pcap4j.packet.Packet;

import java.net.Inet6Address;

import static dev.wirecheck.parsers.pcap4j.Unsigned.of;
import static dev.wirecheck.parsers.pcap4j.Unsigned.u16;

/**
 * ICMPv6 (RFC 4443) and Neighbor Discovery (RFC 4861 §4) as pcap4j decodes them: common
 * header plus a body packet per type, in one {@code icmpv6} layer. pcap4j has no MLD
 * classes, so MLD bodies yield only the common header.
 */
final class Icmpv6Adapter {
    private Icmpv6Adapter() {}

    static void describe(PacketWalk w, IcmpV6CommonPacket p, int at) {
        IcmpV6CommonPacket.IcmpV6CommonHeader h = p.getHeader();
        w.layer("icmpv6", at, 8);
        DissectionBuilder out = w.out;
        out.dec("icmpv6.type", of(h.getType()), at, 1);
        out.dec("icmpv6.code", of(h.getCode()), at + 1, 1);
        out.hex("icmpv6.checksum", u16(h.getChecksum()), at + 2, 2);
        if (!w.quoted && w.src instanceof Inet6Address src && w.dst instanceof Inet6Address dst) {
            w.checksum(p.hasValidChecksum(src, dst, false), "icmpv6", at + 2);
        }
        body(w, p.getPayload(), at);
    }

    private static void body(PacketWalk w, Packet body, int at) {
        DissectionBuilder out = w.out;
        int b = at + 4;
        if (body instanceof IcmpV6EchoRequestPacket echo) {
            echo(out, echo.getHeader().getIdentifierAsInt(), echo.getHeader().getSequenceNumberAsInt(), b);
        } else if (body instanceof IcmpV6EchoReplyPacket echo) {
            echo(out, echo.getHeader().getIdentifierAsInt(), echo.getHeader().getSequenceNumberAsInt(), b);
        } else if (body instanceof IcmpV6PacketTooBigPacket tooBig) {
            out.dec("icmpv6.mtu", tooBig.getHeader().getMtuAsLong(), b, 4);
            quoting(w);
        } else if (body instanceof IcmpV6ParameterProblemPacket problem) {
            out.dec("icmpv6.pointer", problem.getHeader().getPointerAsLong(), b, 4);
            quoting(w);
        } else if (body instanceof IcmpV6DestinationUnreachablePacket unreachable) {
            reserved(out, unreachable.getHeader().getUnused(), b);
            quoting(w);
        } else if (body instanceof IcmpV6TimeExceededPacket exceeded) {
            reserved(out, exceeded.getHeader().getUnused(), b);
            quoting(w);
        } else if (body instanceof IcmpV6RouterSolicitationPacket rs) {
            reserved(out, rs.getHeader().getReserved(), b);
            NdpOptions.describe(w, rs.getHeader().getOptions(), at + 8);
        } else if (body instanceof IcmpV6RouterAdvertisementPacket ra) {
            var h = ra.getHeader();
            out.dec("icmpv6.nd.ra.cur_hop_limit", h.getCurHopLimitAsInt(), b, 1);
            // pcap4j names M and O and keeps the other six bits as "reserved": H, Prf, P and two reserved bits
            int rest = h.getReserved() & 0x3f;
            int f = (h.getManagedAddressConfigurationFlag() ? 0x80 : 0) | (h.getOtherConfigurationFlag() ? 0x40 : 0) | rest;
            out.hex("icmpv6.nd.ra.flag", f, b + 1, 1);
            out.flag("icmpv6.nd.ra.flag.m", h.getManagedAddressConfigurationFlag(), b + 1, 1);
            out.flag("icmpv6.nd.ra.flag.o", h.getOtherConfigurationFlag(), b + 1, 1);
            out.dec("icmpv6.nd.ra.flag.h", (rest >>> 5) & 1, b + 1, 1);
            out.dec("icmpv6.nd.ra.flag.prf", (rest >>> 3) & 3, b + 1, 1);
            out.dec("icmpv6.nd.ra.flag.p", (rest >>> 2) & 1, b + 1, 1);
            out.dec("icmpv6.nd.ra.flag.rsv", rest & 3, b + 1, 1);
            out.dec("icmpv6.nd.ra.router_lifetime", h.getRouterLifetimeAsInt(), b + 2, 2);
            out.dec("icmpv6.nd.ra.reachable_time", h.getReachableTimeAsLong(), b + 4, 4);
            out.dec("icmpv6.nd.ra.retrans_timer", h.getRetransTimerAsLong(), b + 8, 4);
            NdpOptions.describe(w, h.getOptions(), at + 16);
        } else if (body instanceof IcmpV6NeighborSolicitationPacket ns) {
            reserved(out, ns.getHeader().getReserved(), b);
            out.text("icmpv6.nd.ns.target_address", Unsigned.address(ns.getHeader().getTargetAddress()), b + 4, 16);
            NdpOptions.describe(w, ns.getHeader().getOptions(), at + 24);
        } else if (body instanceof IcmpV6NeighborAdvertisementPacket na) {
            var h = na.getHeader();
            long f = (h.getRouterFlag() ? 0x80000000L : 0) | (h.getSolicitedFlag() ? 0x40000000L : 0)
                    | (h.getOverrideFlag() ? 0x20000000L : 0) | (h.getReserved() & 0x1fffffffL);
            out.hex("icmpv6.nd.na.flag", f, b, 4);
            out.flag("icmpv6.nd.na.flag.r", h.getRouterFlag(), b, 1);
            out.flag("icmpv6.nd.na.flag.s", h.getSolicitedFlag(), b, 1);
            out.flag("icmpv6.nd.na.flag.o", h.getOverrideFlag(), b, 1);
            out.dec("icmpv6.nd.na.flag.rsv", h.getReserved() & 0x1fffffffL, b, 4);
            out.text("icmpv6.nd.na.target_address", Unsigned.address(h.getTargetAddress()), b + 4, 16);
            NdpOptions.describe(w, h.getOptions(), at + 24);
        } else if (body instanceof IcmpV6RedirectPacket redirect) {
            var h = redirect.getHeader();
            reserved(out, h.getReserved(), b);
            out.text("icmpv6.nd.rd.target_address", Unsigned.address(h.getTargetAddress()), b + 4, 16);
            out.text("icmpv6.rd.na.destination_address", Unsigned.address(h.getDestinationAddress()), b + 20, 16);
            NdpOptions.describe(w, h.getOptions(), at + 40);
        }
    }

    private static void quoting(PacketWalk w) {
        w.quoted = true;
        w.expect("ipv6", IpV6Packet::newPacket);
    }

    private static void echo(DissectionBuilder out, int ident, int seq, int at) {
        out.hex("icmpv6.echo.identifier", ident, at, 2);
        out.dec("icmpv6.echo.sequence_number", seq, at + 2, 2);
    }

    private static void reserved(DissectionBuilder out, int value, int at) {
        out.add(new Field("icmpv6.reserved", Unsigned.bytes4(value), at, 4, Field.Base.BYTES));
    }

    static boolean isBody(Packet p) {
        return p instanceof IcmpV6EchoRequestPacket || p instanceof IcmpV6EchoReplyPacket
                || p instanceof IcmpV6PacketTooBigPacket || p instanceof IcmpV6ParameterProblemPacket
                || p instanceof IcmpV6DestinationUnreachablePacket || p instanceof IcmpV6TimeExceededPacket
                || p instanceof IcmpV6RouterSolicitationPacket || p instanceof IcmpV6RouterAdvertisementPacket
                || p instanceof IcmpV6NeighborSolicitationPacket || p instanceof IcmpV6NeighborAdvertisementPacket
                || p instanceof IcmpV6RedirectPacket;
    }
}
