package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Icmpv6Repr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.NdpBuilder;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Octets;

import java.io.ByteArrayOutputStream;
import java.net.Inet6Address;
import java.util.List;

/**
 * Valid ICMPv6 messages: echo and the four errors (RFC 4443), Neighbor Discovery with
 * options (RFC 4861 §4, RDNSS of RFC 8106), MLDv1 (RFC 2710 §3) and MLDv2 (RFC 3810 §5).
 */
public final class Icmpv6Gens {
    private Icmpv6Gens() {}

    public static Gen<Upper> any() {
        return Gens.oneOf(echo(), error(), ndp(), mld());
    }

    private static Gen<Upper> of(Gen<Icmpv6Repr> messages) {
        return messages.map(m -> Upper.of(IpProtocols.ICMPV6, m, Octets.EMPTY));
    }

    public static Gen<Upper> echo() {
        return of(s -> Icmpv6Repr.echo(Gens.elements(Icmpv6.ECHO_REQUEST, Icmpv6.ECHO_REPLY).generate(s),
                (int) s.draw(0xffff), (int) s.draw(0xffff), Gens.octets(0, 1400, 16).generate(s)));
    }

    /** Unreachable, packet too big (MTU), time exceeded, parameter problem (pointer), each quoting a packet. */
    public static Gen<Upper> error() {
        return of(s -> {
            int type = Gens.elements(Icmpv6.DEST_UNREACHABLE, Icmpv6.PACKET_TOO_BIG, Icmpv6.TIME_EXCEEDED,
                    Icmpv6.PARAMETER_PROBLEM).generate(s);
            int code = switch (type) {
                case Icmpv6.DEST_UNREACHABLE -> (int) s.draw(6);
                case Icmpv6.TIME_EXCEEDED -> (int) s.draw(1);
                case Icmpv6.PARAMETER_PROBLEM -> (int) s.draw(3);
                default -> 0;
            };
            long word = type == Icmpv6.PACKET_TOO_BIG ? 1280 + s.draw(0xffff_ffffL - 1280)
                    : type == Icmpv6.PARAMETER_PROBLEM ? s.draw(1279) : 0;
            byte[] quoted = quotedIpv6().generate(s).toByteArray();
            byte[] body = new byte[4 + quoted.length];
            Bytes.put32(body, 0, word);
            System.arraycopy(quoted, 0, body, 4, quoted.length);
            return new Icmpv6Repr(type, code, Octets.of(body));
        });
    }

    /** As much of the invoking packet as fits: its header, extensions and at least 8 more bytes. */
    static Gen<Octets> quotedIpv6() {
        return s -> {
            Upper upper = Gens.oneOf(TransportGens.udp(), TransportGens.tcp(), echo()).generate(s);
            return upper.quotedUnder(Ipv6Gens.header(upper.protocol(), Ipv6Gens.chain(false).generate(s)).generate(s), s);
        };
    }

    public static Gen<Upper> ndp() {
        return of(Gens.oneOf(
                s -> options(NdpBuilder.routerSolicitation(), s, false),
                s -> options(NdpBuilder.routerAdvertisement((int) s.draw(255), (int) s.draw(255),
                        (int) s.draw(0xffff), s.draw(0xffff_ffffL), s.draw(0xffff_ffffL)), s, true),
                s -> options(NdpBuilder.neighborSolicitation(AddressGens.ipv6().generate(s)), s, false),
                s -> options(NdpBuilder.neighborAdvertisement((int) s.draw(7) << 5, AddressGens.ipv6().generate(s)),
                        s, false),
                Icmpv6Gens::redirect));
    }

    /** Options in any order (RFC 4861 §4.6: receivers accept any order); router-only ones on RAs. */
    private static Icmpv6Repr options(NdpBuilder b, Source s, boolean router) {
        int n = (int) s.draw(4);
        for (int i = 0; i < n; i++) {
            switch ((int) s.draw(router ? 5 : 2)) {
                case 0 -> b.sourceLinkAddress(AddressGens.mac().generate(s));
                case 1 -> b.targetLinkAddress(AddressGens.mac().generate(s));
                case 2 -> b.option(14, Gens.bytes(6, 6).generate(s)); // nonce (RFC 3971 §5.3.2), not decoded
                case 3 -> b.mtu(s.draw(0xffff_ffffL));
                case 4 -> b.prefix(AddressGens.ipv6().generate(s), (int) s.draw(128), (int) s.draw(255),
                        s.draw(0xffff_ffffL), s.draw(0xffff_ffffL));
                default -> b.rdnss(s.draw(0xffff_ffffL),
                        Gens.lists(AddressGens.ipv6(), 1, 3).generate(s).toArray(new Inet6Address[0]));
            }
        }
        return b.build();
    }

    /** Redirect (RFC 4861 §4.5): target, destination, then a link-layer and a redirected-header option. */
    private static Icmpv6Repr redirect(Source s) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[4]);
        body.writeBytes(AddressGens.ipv6().generate(s).getAddress());
        body.writeBytes(AddressGens.ipv6().generate(s).getAddress());
        if (s.draw(1) == 1) {
            body.write(2);
            body.write(1);
            body.writeBytes(AddressGens.mac().generate(s).toBytes());
        }
        if (s.draw(1) == 1) {
            byte[] quoted = quotedIpv6().generate(s).toByteArray();
            int total = (8 + quoted.length + 7) / 8 * 8;
            body.write(4);
            body.write(total / 8);
            body.writeBytes(new byte[6]);
            body.writeBytes(quoted);
            body.writeBytes(new byte[total - 8 - quoted.length]);
        }
        return new Icmpv6Repr(Icmpv6.REDIRECT, 0, Octets.of(body.toByteArray()));
    }

    public static Gen<Upper> mld() {
        Gen<Icmpv6Repr> v1 = s -> {
            int type = Gens.elements(Icmpv6.MLD_QUERY, Icmpv6.MLD_REPORT, Icmpv6.MLD_DONE).generate(s);
            byte[] body = new byte[20];
            Bytes.put16(body, 0, (int) s.draw(0xffff));
            System.arraycopy(AddressGens.ipv6Multicast().generate(s).getAddress(), 0, body, 4, 16);
            return new Icmpv6Repr(type, 0, Octets.of(body));
        };
        Gen<Icmpv6Repr> v2Query = s -> {
            List<Inet6Address> sources = Gens.lists(AddressGens.ipv6(), 0, 3).generate(s);
            byte[] body = new byte[24 + 16 * sources.size()];
            Bytes.put16(body, 0, (int) s.draw(0xffff));
            System.arraycopy(AddressGens.ipv6Multicast().generate(s).getAddress(), 0, body, 4, 16);
            body[20] = (byte) s.draw(15);
            body[21] = (byte) s.draw(255);
            Bytes.put16(body, 22, sources.size());
            for (int i = 0; i < sources.size(); i++) {
                System.arraycopy(sources.get(i).getAddress(), 0, body, 24 + 16 * i, 16);
            }
            return new Icmpv6Repr(Icmpv6.MLD_QUERY, 0, Octets.of(body));
        };
        Gen<Icmpv6Repr> v2Report = GroupRecordGens.reportBody(AddressGens.ipv6Multicast(), AddressGens.ipv6())
                .map(body -> new Icmpv6Repr(Icmpv6.MLDV2_REPORT, 0, Octets.of(body)));
        return of(Gens.oneOf(v1, v2Query, v2Report));
    }
}
