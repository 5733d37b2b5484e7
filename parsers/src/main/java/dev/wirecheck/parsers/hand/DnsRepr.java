package dev.wirecheck.parsers.hand;

import java.util.ArrayList;
import java.util.List;

/**
 * A DNS or mDNS message to build (RFC 1035 §4.1), names compressed. {@link #toBytes()} is
 * the UDP payload; {@link #toTcpBytes()} adds the two-byte length of DNS over TCP
 * (RFC 1035 §4.2.2).
 */
public record DnsRepr(int id, int flags, List<DnsQuestion> questions, List<DnsRecord> answers,
                      List<DnsRecord> authorities, List<DnsRecord> additionals) {
    public static final int QR = 0x8000, AA = 0x0400, TC = 0x0200, RD = 0x0100, RA = 0x0080;
    public static final int NOERROR = 0, FORMERR = 1, SERVFAIL = 2, NXDOMAIN = 3, NOTIMP = 4, REFUSED = 5;

    public DnsRepr {
        if (id < 0 || id > 0xffff || flags < 0 || flags > 0xffff) {
            throw new IllegalArgumentException("id and flags are 16-bit fields");
        }
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        authorities = List.copyOf(authorities);
        additionals = List.copyOf(additionals);
    }

    /** A standard query with recursion desired, as stub resolvers send it (RFC 1035 §4.1.1). */
    public static DnsRepr query(int id, String name, int type) {
        return new DnsRepr(id, RD, List.of(DnsQuestion.in(name, type)), List.of(), List.of(), List.of());
    }

    /** An mDNS query (RFC 6762 §18: id 0, flags 0), asking for a unicast reply or not (§5.4). */
    public static DnsRepr mdnsQuery(String name, int type, boolean unicastResponse) {
        int cls = DnsQuestion.IN | (unicastResponse ? Dns.MDNS_CLASS_BIT : 0);
        return new DnsRepr(0, 0, List.of(new DnsQuestion(name, type, cls)), List.of(), List.of(), List.of());
    }

    /** An mDNS announcement (RFC 6762 §8.3): an authoritative response without questions. */
    public static DnsRepr mdnsAnnouncement(DnsRecord... answers) {
        return new DnsRepr(0, QR | AA, List.of(), List.of(answers), List.of(), List.of());
    }

    /** The response to this query: same id and questions, RD copied, RA set (RFC 1035 §4.1.1). */
    public DnsRepr answer(int rcode, DnsRecord... records) {
        int f = QR | (flags & RD) | RA | (rcode & 0xf);
        return new DnsRepr(id, f, questions, List.of(records), List.of(), List.of());
    }

    public DnsRepr withAdditionals(DnsRecord... records) {
        List<DnsRecord> all = new ArrayList<>(additionals);
        all.addAll(List.of(records));
        return new DnsRepr(id, flags, questions, answers, authorities, all);
    }

    public byte[] toBytes() {
        DnsWriter w = new DnsWriter();
        w.u16(id);
        w.u16(flags);
        w.u16(questions.size());
        w.u16(answers.size());
        w.u16(authorities.size());
        w.u16(additionals.size());
        for (DnsQuestion q : questions) {
            w.name(q.name(), true);
            w.u16(q.type());
            w.u16(q.qclass());
        }
        for (List<DnsRecord> section : List.of(answers, authorities, additionals)) {
            for (DnsRecord r : section) {
                r.write(w);
            }
        }
        return w.toBytes();
    }

    public byte[] toTcpBytes() {
        byte[] m = toBytes();
        byte[] out = new byte[m.length + 2];
        out[0] = (byte) (m.length >>> 8);
        out[1] = (byte) m.length;
        System.arraycopy(m, 0, out, 2, m.length);
        return out;
    }
}
