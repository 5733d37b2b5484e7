package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.Checksums;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.parsers.hand.TlvFormat;
import dev.wirecheck.parsers.kaitai.gen.Ipv6Extension;
import dev.wirecheck.parsers.kaitai.gen.Ipv6Packet;
import dev.wirecheck.parsers.kaitai.gen.TlvOptions;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.DissectionBuilder;

/**
 * IPv6 from {@code ipv6_packet}, and its extension-header chain, one
 * {@code ipv6_extension} per header, chained here on the next-header values and bounded
 * by {@link Ipv6#MAX_EXTENSIONS} like the hand-written walk.
 */
final class Ipv6Layer {
    private Ipv6Layer() {}

    static Upper read(Ctx c, int at, int length) {
        Ipv6Packet ip = Region.parse(c.b, at, length, Ipv6Packet::new, c.problems, "ipv6", Ipv6.TRUNCATED_HEADER,
                "IPv6 header");
        if (ip == null) {
            return null;
        }
        if (ip.version() != 6) {
            c.problems.add("ipv6", at, Ipv6.BAD_VERSION, "version " + ip.version() + " in an IPv6 header");
            return null;
        }
        int plen = ip.payloadLength();
        int end;
        if (40 + plen > length) {
            c.problems.add("ipv6", at + 4, Ipv6.PAYLOAD_LENGTH_PAST_END,
                    "payload length " + plen + " but only " + (length - 40) + " bytes follow the header");
            end = at + length;
        } else {
            end = at + 40 + plen;
        }
        describe(c.out, ip, at);
        return chain(c, ip, at, end);
    }

    private static Upper chain(Ctx c, Ipv6Packet ip, int at, int end) {
        int next = ip.nextHeader();
        int pos = at + 40;
        int count = 0;
        boolean fragment = false;
        int finalDestination = at + 24;
        while (isExtension(next)) {
            if (count == Ipv6.MAX_EXTENSIONS) {
                c.problems.add("ipv6", pos, Ipv6.TOO_MANY_EXTENSIONS, "more than " + Ipv6.MAX_EXTENSIONS
                        + " extension headers");
                return null;
            }
            if (next == IpProtocols.HOPOPT && count > 0) {
                c.problems.add("ipv6", pos, Ipv6.HOP_BY_HOP_NOT_FIRST,
                        "hop-by-hop options not directly after the IPv6 header (RFC 8200 §4.1)");
            }
            final int type = next;
            Ipv6Extension ext = Region.parse(c.b, pos, end - pos, io -> new Ipv6Extension(io, type), c.problems,
                    "ipv6", Ipv6.EXTENSION_TRUNCATED, "extension header " + type);
            if (ext == null) {
                return null;
            }
            count++;
            int len = ext.totalLength();
            if (type == IpProtocols.AH && len < Ipv6.AH_MINIMUM) {
                c.problems.add("ipv6", pos, Ipv6.AH_TOO_SHORT, "authentication header of " + len
                        + " bytes is shorter than its 12-byte fixed part (RFC 4302 §2)");
                return null;
            }
            describeExtension(c, ext, type, pos, len);
            if (ext.body() instanceof Ipv6Extension.RoutingBody) {
                int last = Ipv6.finalDestinationOffset(c.b, pos, len);
                finalDestination = last >= 0 ? last : finalDestination;
            }
            if (ext.body() instanceof Ipv6Extension.FragmentBody frag) {
                fragment |= frag.fragmentOffset() != 0 || frag.moreFragments() != 0;
                if (frag.fragmentOffset() != 0) {
                    return null; // not the first fragment: what follows is the middle of the upper layer
                }
            }
            next = ext.nextHeader();
            pos += len;
        }
        if (next == IpProtocols.IPV6_NONXT || next == IpProtocols.ESP) {
            return null;
        }
        long pseudo = fragment ? Checksums.UNVERIFIABLE
                : Checksum.ipv6PseudoHeader(c.b, at + 8, finalDestination, next, 0); // RFC 8200 §8.1
        return new Upper(next, pos, Math.max(0, end - pos), pseudo, true);
    }

    private static boolean isExtension(int next) {
        return next == IpProtocols.HOPOPT || next == IpProtocols.IPV6_ROUTE || next == IpProtocols.IPV6_FRAG
                || next == IpProtocols.IPV6_OPTS || next == IpProtocols.AH;
    }

    private static void describe(DissectionBuilder out, Ipv6Packet ip, int at) {
        out.layer("ipv6", at, 40);
        out.dec("ipv6.version", ip.version(), at, 1);
        out.hex("ipv6.tclass", ip.trafficClass(), at, 2);
        out.dec("ipv6.tclass.dscp", ip.trafficClass() >>> 2, at, 2);
        out.dec("ipv6.tclass.ecn", ip.trafficClass() & 3, at, 2);
        out.hex("ipv6.flow", ip.flowLabel(), at + 1, 3);
        out.dec("ipv6.plen", ip.payloadLength(), at + 4, 2);
        out.dec("ipv6.nxt", ip.nextHeader(), at + 6, 1);
        out.dec("ipv6.hlim", ip.hopLimit(), at + 7, 1);
        out.add(Fields.ipv6("ipv6.src", ip.src(), at + 8));
        out.add(Fields.ipv6("ipv6.dst", ip.dst(), at + 24));
    }

    private static void describeExtension(Ctx c, Ipv6Extension ext, int type, int pos, int len) {
        DissectionBuilder out = c.out;
        int nxt = ext.nextHeader();
        Object body = ext.body();
        if (body instanceof Ipv6Extension.OptionsBody opts) {
            String p = type == IpProtocols.HOPOPT ? "ipv6.hopopts" : "ipv6.dstopts";
            out.layer(p, pos, len);
            out.dec(p + ".nxt", nxt, pos, 1);
            out.dec(p + ".len", ext.hdrExtLen(), pos + 1, 1);
            out.dec(p + ".len_oct", len, pos + 1, 1);
            TlvWalk.walk(opts.options(), pos + 2, TlvFormat.IPV6_OPTIONS, c.problems,
                    (o, at, total) -> option(out, o, at, total));
        } else if (body instanceof Ipv6Extension.RoutingBody r) {
            out.layer("ipv6.routing", pos, len);
            out.dec("ipv6.routing.nxt", nxt, pos, 1);
            out.dec("ipv6.routing.len", ext.hdrExtLen(), pos + 1, 1);
            out.dec("ipv6.routing.len_oct", len, pos + 1, 1);
            out.dec("ipv6.routing.type", r.routingType(), pos + 2, 1);
            out.dec("ipv6.routing.segleft", r.segmentsLeft(), pos + 3, 1);
            if (r.routingType() == 0) {
                c.problems.add("ipv6", pos + 2, Ipv6.ROUTING_TYPE_0, "routing header type 0 is deprecated (RFC 5095 §3)");
            }
        } else if (body instanceof Ipv6Extension.FragmentBody f) {
            out.layer("ipv6.fraghdr", pos, len);
            out.dec("ipv6.fraghdr.nxt", nxt, pos, 1);
            out.dec("ipv6.fraghdr.offset", f.fragmentOffset(), pos + 2, 2);
            out.dec("ipv6.fraghdr.more", f.moreFragments(), pos + 3, 1);
            out.hex("ipv6.fraghdr.ident", f.identification(), pos + 4, 4);
        } else if (body instanceof Ipv6Extension.AhBody ah) {
            out.layer("ah", pos, len);
            out.dec("ah.next_header", nxt, pos, 1);
            out.dec("ah.length", ext.hdrExtLen(), pos + 1, 1);
            if (ah.spi() != null) {
                out.hex("ah.spi", ah.spi(), pos + 4, 4);
                out.dec("ah.sequence", ah.sequence(), pos + 8, 4);
            }
        }
    }

    private static void option(DissectionBuilder out, TlvOptions.TlvOption o, int at, int total) {
        int t = o.kind();
        out.hex("ipv6.opt.type", t, at, 1);
        out.dec("ipv6.opt.type.action", t >>> 6, at, 1);
        out.dec("ipv6.opt.type.change", (t >>> 5) & 1, at, 1);
        out.dec("ipv6.opt.type.rest", t & 0x1f, at, 1);
        if (total == 1) {
            return;
        }
        out.dec("ipv6.opt.length", total - 2, at + 1, 1);
        if (o.body() instanceof TlvOptions.U2Body ra && ra.value() != null) {
            out.dec("ipv6.opt.router_alert", ra.value(), at + 2, 2);
        }
    }
}
