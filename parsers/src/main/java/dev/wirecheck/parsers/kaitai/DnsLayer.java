package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.DnsHeaderFields;
import dev.wirecheck.parsers.kaitai.gen.DnsMessage;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;
import io.kaitai.struct.KaitaiStream;

import java.nio.BufferUnderflowException;
import java.util.List;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_VALUE;
import static dev.wirecheck.wire.MalformationCode.Category.LIMIT;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * DNS from {@code dns_message}, with tshark's field names ({@code dns.*}). Names are
 * assembled here from the labels and the compression-pointer targets the spec reads
 * lazily; a pointer past the spec's hop limit, a reserved label type or a name longer
 * than 255 bytes is a malformation.
 */
final class DnsLayer {
    static final MalformationCode TRUNCATED_MESSAGE = Code.of("dns", "truncated", TRUNCATED);
    static final MalformationCode POINTER_LIMIT = Code.of("dns", "pointer-hops-exceeded", LIMIT);
    static final MalformationCode RESERVED_LABEL = Code.of("dns", "reserved-label-type", BAD_VALUE);
    static final MalformationCode NAME_TOO_LONG = Code.of("dns", "name-too-long", BAD_LENGTH);
    static final MalformationCode LABEL_TOO_LONG = Code.of("dns", "label-too-long", BAD_LENGTH);

    private DnsLayer() {}

    /** Plain DNS on port 53. */
    static void read(Ctx c, int at, int length) {
        read(c, at, length, false, -1);
    }

    /**
     * A message at {@code at}: mDNS (RFC 6762, layer {@code mdns}, the top bit of a class is
     * the unicast-response or cache-flush bit), or over TCP with its two-byte length at
     * {@code tcpLengthAt} (RFC 1035 §4.2.2), or -1.
     */
    static void read(Ctx c, int at, int length, boolean mdns, int tcpLengthAt) {
        String layer = mdns ? "mdns" : "dns";
        DnsMessage m = Region.parse(c.b, at, length, DnsMessage::new, c.problems, layer, TRUNCATED_MESSAGE,
                "DNS message");
        if (m == null) {
            return;
        }
        DissectionBuilder out = c.out;
        if (tcpLengthAt >= 0) {
            out.layer(layer, tcpLengthAt, length + 2);
            out.dec("dns.length", length, tcpLengthAt, 2);
        } else {
            out.layer(layer, at, length);
        }
        out.hex("dns.id", m.transactionId(), at, 2);
        DnsHeaderFields.flags(out, m.flags(), at + 2);
        out.dec("dns.count.queries", m.qdcount(), at + 4, 2);
        out.dec("dns.count.answers", m.ancount(), at + 6, 2);
        out.dec("dns.count.auth_rr", m.nscount(), at + 8, 2);
        out.dec("dns.count.add_rr", m.arcount(), at + 10, 2);
        int pos = at + 12;
        try {
            for (DnsMessage.Question q : m.questions()) {
                Name n = name(q.name(), c.problems, layer, pos);
                out.text("dns.qry.name", n.text, pos, n.wireLength);
                out.dec("dns.qry.name.len", n.text.length(), pos, n.wireLength);
                out.dec("dns.count.labels", dev.wirecheck.parsers.hand.DnsName.shownLabels(n.labels), pos, n.wireLength);
                pos += n.wireLength;
                out.dec("dns.qry.type", q.qtype(), pos, 2);
                out.hex("dns.qry.class", mdns ? q.qclass() & 0x7fff : q.qclass(), pos + 2, 2);
                if (mdns) {
                    out.dec("dns.qry.qu", q.qclass() >>> 15, pos + 2, 2);
                }
                pos += 4;
            }
            for (List<DnsMessage.ResourceRecord> section : List.of(m.answers(), m.authorities(), m.additionals())) {
                for (DnsMessage.ResourceRecord rr : section) {
                    pos = record(out, rr, c.problems, layer, mdns, pos);
                }
            }
        } catch (KaitaiStream.KaitaiStructError | BufferUnderflowException | IllegalArgumentException
                 | IndexOutOfBoundsException e) {
            // a compression pointer read lazily led past the message
            c.problems.add(layer, pos, TRUNCATED_MESSAGE, "a compression pointer leads past the message ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static int record(DissectionBuilder out, DnsMessage.ResourceRecord rr, Problems problems, String layer,
                              boolean mdns, int pos) {
        Name n = name(rr.name(), problems, layer, pos);
        String[] srv = n.text.split("\\.", 3);
        if (rr.rrType() == 33 && srv.length == 3) {
            // tshark names an SRV owner _service._proto.name by its parts (RFC 2782)
            out.text("dns.srv.service", srv[0], pos, n.wireLength);
            out.text("dns.srv.proto", srv[1], pos, n.wireLength);
            out.text("dns.srv.name", srv[2], pos, n.wireLength);
        } else {
            out.text("dns.resp.name", n.text, pos, n.wireLength);
        }
        pos += n.wireLength;
        out.dec("dns.resp.type", rr.rrType(), pos, 2);
        if (rr.rrType() == 41) {
            // OPT (RFC 6891 §6.1.3): the class is the UDP payload size, the TTL holds extended RCODE, version, DO
            long ttl = rr.ttl();
            out.dec("dns.rr.udp_payload_size", rr.rrClass(), pos + 2, 2);
            out.hex("dns.resp.ext_rcode", ttl >>> 24, pos + 4, 1);
            out.dec("dns.resp.edns0_version", (ttl >>> 16) & 0xff, pos + 5, 1);
            out.hex("dns.resp.z", ttl & 0xffff, pos + 6, 2);
            out.dec("dns.resp.z.do", (ttl >>> 15) & 1, pos + 6, 2);
            out.hex("dns.resp.z.reserved", ttl & 0x7fff, pos + 6, 2);
        } else {
            out.hex("dns.resp.class", mdns ? rr.rrClass() & 0x7fff : rr.rrClass(), pos + 2, 2);
            if (mdns) {
                out.dec("dns.resp.cache_flush", rr.rrClass() >>> 15, pos + 2, 2);
            }
            out.dec("dns.resp.ttl", rr.ttl(), pos + 4, 4);
        }
        out.dec("dns.resp.len", rr.rdlength(), pos + 8, 2);
        int data = pos + 10;
        Object rdata = rr.rdata();
        if (rdata instanceof DnsMessage.AddressRdata a) {
            byte[] addr = a.address();
            if (rr.rrType() == 1 && addr.length == 4) {
                out.text("dns.a", Bytes.ipv4(addr, 0), data, 4);
            } else if (rr.rrType() == 28 && addr.length == 16) {
                out.text("dns.aaaa", Bytes.ipv6(addr, 0), data, 16);
            }
        } else if (rdata instanceof DnsMessage.NameRdata target) {
            Name t = name(target.name(), problems, layer, data);
            String field = switch (rr.rrType()) {
                case 2 -> "dns.ns";
                case 5 -> "dns.cname";
                default -> "dns.ptr.domain_name";
            };
            out.text(field, t.text, data, t.wireLength);
        }
        return data + rr.rdlength();
    }

    /** A name as text, its label count, and how many bytes it takes where it stands. */
    private record Name(String text, int labels, int wireLength) {
    }

    private static Name name(DnsMessage.DomainName name, Problems problems, String layer, int at) {
        StringBuilder text = new StringBuilder();
        int labels = 0;
        int wire = 0;
        boolean inPlace = true;
        boolean endless = false;
        DnsMessage.DomainName current = name;
        while (current != null) {
            DnsMessage.DomainName next = null;
            for (DnsMessage.Label l : current.labels()) {
                // a defective label is reported where it stands, as the hand family does, when it
                // lies in place; behind a pointer, at the name that leads to it
                int labelAt = inPlace ? at + wire : at;
                if (inPlace) {
                    wire += l.isPointer() ? 2 : 1 + (l.isReserved() ? 0 : l.length());
                }
                if (l.isReserved() && l.length() < 0x80) {
                    problems.add(layer, labelAt, LABEL_TOO_LONG, "label length " + l.length() + " exceeds 63 (RFC 1035 §2.3.4)");
                    break;
                }
                if (l.isReserved()) {
                    problems.add(layer, labelAt, RESERVED_LABEL, "label type 0x" + Integer.toHexString(l.length())
                            + " is reserved (RFC 1035 §4.1.4)");
                    break;
                }
                if (l.isPointer()) {
                    next = l.target();
                    if (next == null) {
                        problems.add(layer, at, POINTER_LIMIT, "name follows more compression pointers than the"
                                + " limit of " + l._root().maxDepth());
                        endless = true;
                    }
                    break;
                }
                if (l.length() == 0) {
                    break;
                }
                if (labels > 0) {
                    text.append('.');
                }
                text.append(new String(l.text(), java.nio.charset.StandardCharsets.ISO_8859_1));
                labels++;
            }
            inPlace = false;
            current = next;
        }
        int octets = labels == 0 ? 1 : text.length() + 2; // a length byte per label and the root byte
        // a name whose pointers never end has no length: the text gathered on the way round is
        // an artefact of the hop limit, as the hand family has it (one defect, the loop)
        if (octets > 255 && !endless) {
            problems.add(layer, at, NAME_TOO_LONG, "name of " + octets + " octets (RFC 1035 §2.3.4: 255)");
        }
        return new Name(labels == 0 ? "<Root>" : text.toString(), labels, wire);
    }
}
