package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.Dns;
import dev.wirecheck.parsers.hand.DnsQuestion;
import dev.wirecheck.parsers.hand.DnsRecord;
import dev.wirecheck.parsers.hand.DnsRecordData;
import dev.wirecheck.parsers.hand.DnsRepr;
import dev.wirecheck.parsers.hand.IpProtocols;
import dev.wirecheck.parsers.hand.TcpRepr;
import dev.wirecheck.parsers.hand.UdpRepr;
import dev.wirecheck.wire.Octets;

import java.util.ArrayList;
import java.util.List;

/**
 * Valid DNS messages (RFC 1035 §4.1) as {@link DnsRepr}: queries and responses with A,
 * AAAA, CNAME, NS, PTR, MX, TXT, SOA and SRV records and an EDNS(0) OPT record (RFC 6891
 * §6.1), names drawn from a small pool of related names so that the writer's compression
 * (RFC 1035 §4.1.4) points back at earlier names; mDNS messages (RFC 6762 §18: id 0, the
 * unicast-response and cache-flush class bits); and frames carrying them on UDP 53, UDP 5353
 * and TCP 53 (RFC 1035 §4.2.2: a two-byte length first).
 */
public final class DnsGens {
    /** Names sharing suffixes, so most names after the first compress against an earlier one. */
    private static final List<String> NAMES = List.of("example.com", "www.example.com", "mail.example.com",
            "a.b.example.com", "example.org", "2.0.192.in-addr.arpa", "_http._tcp.example.com", "host.local",
            "_ipp._tcp.local", "x");

    private DnsGens() {}

    public static Gen<String> name() {
        return Gens.elements(NAMES.toArray(new String[0]));
    }

    private static Gen<DnsRecordData> data(int type) {
        return switch (type) {
            case Dns.TYPE_A -> AddressGens.ipv4().map(DnsRecordData.Address::new);
            case Dns.TYPE_AAAA -> AddressGens.ipv6().map(DnsRecordData.Address::new);
            case Dns.TYPE_MX -> s -> new DnsRecordData.Mx(Gens.ints(0, 0xffff).generate(s), name().generate(s));
            case Dns.TYPE_TXT -> Gens.lists(Gens.lists(Gens.elements("a", "b", "z", "0", " ", "="), 0, 20)
                    .map(l -> String.join("", l)), 1, 3).map(DnsRecordData.Txt::new);
            case Dns.TYPE_SOA -> s -> new DnsRecordData.Soa(name().generate(s), name().generate(s), u32().generate(s),
                    u32().generate(s), u32().generate(s), u32().generate(s), u32().generate(s));
            case Dns.TYPE_SRV -> s -> new DnsRecordData.Srv(Gens.ints(0, 0xffff).generate(s),
                    Gens.ints(0, 0xffff).generate(s), Gens.ints(0, 0xffff).generate(s), name().generate(s));
            default -> name().map(DnsRecordData.Name::new);
        };
    }

    private static Gen<Long> u32() {
        return Gens.longs(0, 0xffff_ffffL);
    }

    private static Gen<Integer> recordType() {
        return Gens.elements(Dns.TYPE_A, Dns.TYPE_AAAA, Dns.TYPE_CNAME, Dns.TYPE_NS, Dns.TYPE_PTR, Dns.TYPE_MX,
                Dns.TYPE_TXT, Dns.TYPE_SOA, Dns.TYPE_SRV);
    }

    /** A resource record of class IN, with the mDNS cache-flush bit (RFC 6762 §10.2) when asked. */
    private static Gen<DnsRecord> record(boolean mdns) {
        return s -> {
            int type = recordType().generate(s);
            int rclass = DnsQuestion.IN | (mdns && s.weighted(0.5) ? Dns.MDNS_CLASS_BIT : 0);
            return new DnsRecord(name().generate(s), type, rclass, u32().generate(s) & 0x7fff_ffffL,
                    data(type).generate(s));
        };
    }

    private static Gen<DnsQuestion> question(boolean mdns) {
        return s -> new DnsQuestion(name().generate(s), recordType().generate(s),
                DnsQuestion.IN | (mdns && s.weighted(0.5) ? Dns.MDNS_CLASS_BIT : 0));
    }

    /** The EDNS(0) OPT pseudo-record, with no option or with a COOKIE option (RFC 7873 §4: 8 bytes). */
    private static Gen<DnsRecord> opt() {
        return s -> {
            int size = 512 + (int) s.draw(4096 - 512);
            boolean dnssecOk = s.weighted(0.5);
            if (s.weighted(0.5)) {
                return DnsRecord.opt(size, 0, 0, dnssecOk, Octets.EMPTY);
            }
            byte[] cookie = new byte[12];
            cookie[1] = 10;
            cookie[3] = 8;
            Gens.octets(8).generate(s).copyTo(cookie, 4);
            return DnsRecord.opt(size, 0, 0, dnssecOk, Octets.of(cookie));
        };
    }

    /** A unicast DNS message: a query (one question, maybe an OPT) or a response with records in every section. */
    public static Gen<DnsRepr> unicast() {
        return s -> {
            int id = (int) s.draw(0xffff);
            boolean response = s.weighted(0.6);
            int flags = response ? DnsRepr.QR | DnsRepr.RD | DnsRepr.RA | (s.weighted(0.2) ? DnsRepr.AA : 0)
                    | (int) s.draw(DnsRepr.NXDOMAIN) : DnsRepr.RD;
            List<DnsQuestion> questions = List.of(question(false).generate(s));
            List<DnsRecord> answers = response ? Gens.lists(record(false), 0, 4).generate(s) : List.of();
            List<DnsRecord> authorities = response ? Gens.lists(record(false), 0, 2).generate(s) : List.of();
            List<DnsRecord> additionals = new ArrayList<>(response ? Gens.lists(record(false), 0, 2).generate(s) : List.of());
            if (s.weighted(0.5)) {
                additionals.add(opt().generate(s));
            }
            return new DnsRepr(id, flags, questions, answers, authorities, additionals);
        };
    }

    /** An mDNS query (questions, known answers) or announcement (answers only, AA set). */
    public static Gen<DnsRepr> mdns() {
        return s -> s.weighted(0.5)
                ? new DnsRepr(0, 0, Gens.lists(question(true), 1, 3).generate(s), Gens.lists(record(true), 0, 2).generate(s),
                        List.of(), List.of())
                : new DnsRepr(0, DnsRepr.QR | DnsRepr.AA, List.of(), Gens.lists(record(true), 1, 4).generate(s),
                        List.of(), Gens.lists(record(true), 0, 2).generate(s));
    }

    /** A frame carrying a DNS message on UDP 53, mDNS on UDP 5353, or DNS over TCP 53. */
    public static Gen<GeneratedFrame> frame() {
        Gen<Upper> upper = s -> switch ((int) s.draw(2)) {
            case 0 -> udp(Dns.PORT, unicast().generate(s).toBytes(), s);
            case 1 -> Upper.of(IpProtocols.UDP, new UdpRepr(Dns.MDNS_PORT, Dns.MDNS_PORT),
                    Octets.of(mdns().generate(s).toBytes()));
            default -> {
                TcpRepr t = TransportGens.tcpHeader().generate(s);
                int client = TransportGens.port().generate(s);
                boolean toServer = s.weighted(0.5);
                TcpRepr tcp = new TcpRepr(toServer ? client : Dns.PORT, toServer ? Dns.PORT : client, t.seq(), t.ack(),
                        0x18, t.window(), 0, t.options());
                yield Upper.of(IpProtocols.TCP, tcp, Octets.of(unicast().generate(s).toTcpBytes()));
            }
        };
        return Gens.oneOf(FrameGens.ipv4(upper), FrameGens.ipv6(upper))
                .filter(f -> !FrameGens.carriesFragment(f));
    }

    private static Upper udp(int serverPort, byte[] message, Source s) {
        int client = TransportGens.port().generate(s);
        return s.weighted(0.5) ? Upper.of(IpProtocols.UDP, new UdpRepr(client, serverPort), Octets.of(message))
                : Upper.of(IpProtocols.UDP, new UdpRepr(serverPort, client), Octets.of(message));
    }
}
