package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv4Repr;
import dev.wirecheck.parsers.hand.IgmpRepr;
import dev.wirecheck.parsers.hand.Igmp;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Octets;

import java.io.ByteArrayOutputStream;

/** Valid ICMP messages (RFC 792, RFC 1191) and IGMP messages (RFC 2236, RFC 3376) over IPv4. */
public final class IcmpGens {
    private IcmpGens() {}

    public static Gen<Upper> icmpv4() {
        return Gens.<Icmpv4Repr>oneOf(IcmpGens::echo, IcmpGens::timestamp, IcmpGens::error)
                .map(m -> Upper.of(IpProtocols.ICMP, m, Octets.EMPTY));
    }

    private static Icmpv4Repr echo(Source s) {
        int type = Gens.elements(Icmpv4.ECHO_REQUEST, Icmpv4.ECHO_REPLY).generate(s);
        return new Icmpv4Repr(type, 0, s.draw(0xffff_ffffL), Gens.octets(0, 1400, 16).generate(s));
    }

    /** Timestamp and reply: identifier, sequence and three 32-bit times (RFC 792). */
    private static Icmpv4Repr timestamp(Source s) {
        int type = Gens.elements(Icmpv4.TIMESTAMP, Icmpv4.TIMESTAMP_REPLY).generate(s);
        return new Icmpv4Repr(type, 0, s.draw(0xffff_ffffL), Gens.octets(12).generate(s));
    }

    /**
     * An error quoting the IP header and at least 8 bytes of the datagram that caused it
     * (RFC 792; RFC 1812 §4.3.2.3 allows more): unreachable (code 4 carries the next-hop
     * MTU, RFC 1191 §4), source quench, redirect (gateway), time exceeded, parameter
     * problem (pointer).
     */
    private static Icmpv4Repr error(Source s) {
        int type = Gens.elements(Icmpv4.DEST_UNREACHABLE, Icmpv4.SOURCE_QUENCH, Icmpv4.REDIRECT,
                Icmpv4.TIME_EXCEEDED, Icmpv4.PARAMETER_PROBLEM).generate(s);
        int code;
        long rest = 0;
        switch (type) {
            case Icmpv4.DEST_UNREACHABLE -> {
                code = (int) s.draw(15);
                if (code == 4) {
                    rest = s.draw(0xffff);
                }
            }
            case Icmpv4.REDIRECT -> {
                code = (int) s.draw(3);
                rest = Bytes.u32(AddressGens.ipv4().generate(s).getAddress(), 0);
            }
            case Icmpv4.TIME_EXCEEDED -> code = (int) s.draw(1);
            case Icmpv4.PARAMETER_PROBLEM -> {
                code = (int) s.draw(2);
                rest = s.draw(255) << 24;
            }
            default -> code = 0;
        }
        return new Icmpv4Repr(type, code, rest, quotedIpv4().generate(s));
    }

    /** The start of an IPv4 datagram: its header and 8 or more bytes of what it carried. */
    static Gen<Octets> quotedIpv4() {
        return s -> {
            Upper upper = Gens.oneOf(TransportGens.udp(), TransportGens.tcp(), echoOnly()).generate(s);
            return upper.quotedUnder(Ipv4Gens.header(upper.protocol()).generate(s), s);
        };
    }

    private static Gen<Upper> echoOnly() {
        return s -> Upper.of(IpProtocols.ICMP, echo(s), Octets.EMPTY);
    }

    /**
     * IGMP: v1 report and query (RFC 1112), v2 query, report and leave (RFC 2236 §2), v3
     * query with sources and v3 report with group records (RFC 3376 §4).
     */
    public static Gen<Upper> igmp() {
        Gen<IgmpRepr> v2 = s -> {
            int type = Gens.elements(Igmp.QUERY, Igmp.V1_REPORT, Igmp.V2_REPORT, Igmp.LEAVE).generate(s);
            int maxResponse = type == Igmp.V1_REPORT ? 0 : (int) s.draw(255);
            return IgmpRepr.v2(type, maxResponse, AddressGens.ipv4Multicast().generate(s));
        };
        Gen<IgmpRepr> v3Query = s -> {
            int maxResponse = (int) s.draw(255);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(AddressGens.ipv4Multicast().generate(s).getAddress());
            body.write((int) s.draw(15));
            body.write((int) s.draw(255));
            int n = (int) s.draw(4);
            body.write(0);
            body.write(n);
            for (int i = 0; i < n; i++) {
                body.writeBytes(AddressGens.ipv4().generate(s).getAddress());
            }
            return new IgmpRepr(Igmp.QUERY, maxResponse, Octets.of(body.toByteArray()));
        };
        Gen<IgmpRepr> v3Report = GroupRecordGens.reportBody(AddressGens.ipv4Multicast(), AddressGens.ipv4())
                .map(body -> new IgmpRepr(Igmp.V3_REPORT, 0, Octets.of(body)));
        return Gens.oneOf(v2, v3Query, v3Report).map(m -> Upper.of(IpProtocols.IGMP, m, Octets.EMPTY));
    }
}
