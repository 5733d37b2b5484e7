package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.Octets;
import dev.wirecheck.wire.Problems;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The RDATA layouts of the record types wirecheck decodes: whether a record's RDATA
 * matches its type's layout (checked once in {@link Dns#read}, again silently before
 * fields are named), the fields tshark names, and the {@link DnsRecordData} to rebuild it.
 * Other types are kept raw (RFC 3597).
 */
final class DnsRdata {
    private DnsRdata() {}

    /** Reports an RDATA that does not match its type's layout (RFC 1035 §3.3, §3.4; RFC 3596; RFC 2782; RFC 6891). */
    static void check(Dns dns, int type, int section, int nameAt, int at, int len, Problems problems) {
        String layer = dns.layerName();
        if (type == Dns.TYPE_OPT) {
            String why = optProblem(dns, section, nameAt, at, len);
            if (why != null) {
                problems.add(layer, nameAt, Dns.OPT_INVALID, why);
            }
            return;
        }
        int before = problems.size();
        if (!valid(dns, type, at, len, problems) && problems.size() == before) {
            problems.add(layer, at - 2, Dns.RDLENGTH_WRONG, "RDLENGTH " + len + " does not fit the layout of type " + type);
        }
    }

    private static String optProblem(Dns dns, int section, int nameAt, int at, int len) {
        if (section != Dns.ADDITIONAL) {
            return "OPT outside the additional section (RFC 6891 §6.1.1)";
        }
        if (dns.bytes()[nameAt] != 0) {
            return "OPT owner name is not the root (RFC 6891 §6.1.2)";
        }
        return optionsFit(dns.bytes(), at, len) ? null : "EDNS options do not fill the RDATA (RFC 6891 §6.1.2)";
    }

    private static boolean optionsFit(byte[] b, int at, int len) {
        int i = 0;
        while (i + 4 <= len) {
            i += 4 + Bytes.u16(b, at + i + 2);
        }
        return i == len;
    }

    /**
     * Whether the RDATA has its type's layout; names inside it are read with
     * {@code problems} so that their own defects are reported with their own codes.
     */
    static boolean valid(Dns dns, int type, int at, int len, Problems problems) {
        return switch (type) {
            case Dns.TYPE_A -> len == 4;
            case Dns.TYPE_AAAA -> len == 16;
            case Dns.TYPE_NS, Dns.TYPE_CNAME, Dns.TYPE_PTR -> nameFills(dns, at, len, problems) == len;
            case Dns.TYPE_MX -> len >= 3 && 2 + nameFills(dns, at + 2, len - 2, problems) == len;
            case Dns.TYPE_SRV -> len >= 7 && 6 + nameFills(dns, at + 6, len - 6, problems) == len;
            case Dns.TYPE_SOA -> {
                int m = nameFills(dns, at, len, problems);
                int r = m < 0 ? -1 : nameFills(dns, at + m, len - m, problems);
                yield r >= 0 && m + r + 20 == len;
            }
            case Dns.TYPE_TXT -> len >= 1 && txtFits(dns.bytes(), at, len);
            default -> true;
        };
    }

    /** In-place bytes of the complete name at {@code at}, or -1 when it is malformed or leaves the RDATA. */
    private static int nameFills(Dns dns, int at, int room, Problems problems) {
        if (room <= 0) {
            return -1;
        }
        DnsName n = dns.names();
        int wire = n.read(dns.bytes(), dns.messageStart(), dns.messageEnd(), at, at + room, dns.layerName(), problems);
        return n.complete() && wire <= room ? wire : -1;
    }

    private static boolean txtFits(byte[] b, int at, int len) {
        int i = 0;
        while (i < len) {
            i += 1 + (b[at + i] & 0xff);
        }
        return i == len;
    }

    /**
     * A record's owner name. tshark names an SRV record's owner {@code _service._proto.name}
     * by its three parts (RFC 2782) instead of {@code dns.resp.name}.
     */
    static void ownerName(DissectionBuilder out, int type, String text, int at, int wire) {
        String[] parts = text.split("\\.", 3);
        if (type == Dns.TYPE_SRV && parts.length == 3) {
            out.text("dns.srv.service", parts[0], at, wire);
            out.text("dns.srv.proto", parts[1], at, wire);
            out.text("dns.srv.name", parts[2], at, wire);
        } else {
            out.text("dns.resp.name", text, at, wire);
        }
    }

    /** OPT's class and TTL mean payload size, extended RCODE, version and flags (RFC 6891 §6.1.3). */
    static void optHeader(DissectionBuilder out, byte[] b, int fixed) {
        out.dec("dns.rr.udp_payload_size", Bytes.u16(b, fixed + 2), fixed + 2, 2);
        out.hex("dns.resp.ext_rcode", Bytes.u8(b, fixed + 4), fixed + 4, 1);
        out.dec("dns.resp.edns0_version", Bytes.u8(b, fixed + 5), fixed + 5, 1);
        int z = Bytes.u16(b, fixed + 6);
        out.hex("dns.resp.z", z, fixed + 6, 2);
        out.dec("dns.resp.z.do", z >>> 15, fixed + 6, 2);
        out.hex("dns.resp.z.reserved", z & 0x7fff, fixed + 6, 2);
    }

    static void describe(Dns dns, DissectionBuilder out, int type, int at, int len) {
        byte[] b = dns.bytes();
        switch (type) {
            case Dns.TYPE_A -> {
                if (len == 4) {
                    out.ipv4("dns.a", b, at);
                }
            }
            case Dns.TYPE_AAAA -> {
                if (len == 16) {
                    out.ipv6("dns.aaaa", b, at);
                }
            }
            case Dns.TYPE_NS -> name(dns, out, "dns.ns", at, len);
            case Dns.TYPE_CNAME -> name(dns, out, "dns.cname", at, len);
            case Dns.TYPE_PTR -> name(dns, out, "dns.ptr.domain_name", at, len);
            default -> {
                if (valid(dns, type, at, len, Problems.IGNORE)) {
                    structured(dns, out, type, at, len);
                }
            }
        }
    }

    /** NS, CNAME and PTR name their target however the RDATA is cut (as tshark does). */
    private static void name(Dns dns, DissectionBuilder out, String field, int at, int len) {
        if (len <= 0) {
            return;
        }
        DnsName n = dns.names();
        int wire = n.read(dns.bytes(), dns.messageStart(), dns.messageEnd(), at, dns.layerName(), Problems.IGNORE);
        out.text(field, n.text(), at, Math.max(wire, 0));
    }

    private static void structured(Dns dns, DissectionBuilder out, int type, int at, int len) {
        byte[] b = dns.bytes();
        DnsName n = dns.names();
        switch (type) {
            case Dns.TYPE_MX -> {
                out.dec("dns.mx.preference", Bytes.u16(b, at), at, 2);
                int wire = n.read(b, dns.messageStart(), dns.messageEnd(), at + 2, dns.layerName(), Problems.IGNORE);
                out.text("dns.mx.mail_exchange", n.text(), at + 2, wire);
            }
            case Dns.TYPE_SRV -> {
                out.dec("dns.srv.priority", Bytes.u16(b, at), at, 2);
                out.dec("dns.srv.weight", Bytes.u16(b, at + 2), at + 2, 2);
                out.dec("dns.srv.port", Bytes.u16(b, at + 4), at + 4, 2);
                int wire = n.read(b, dns.messageStart(), dns.messageEnd(), at + 6, dns.layerName(), Problems.IGNORE);
                out.text("dns.srv.target", n.text(), at + 6, wire);
            }
            case Dns.TYPE_SOA -> {
                int m = n.read(b, dns.messageStart(), dns.messageEnd(), at, dns.layerName(), Problems.IGNORE);
                out.text("dns.soa.mname", n.text(), at, m);
                int r = n.read(b, dns.messageStart(), dns.messageEnd(), at + m, dns.layerName(), Problems.IGNORE);
                out.text("dns.soa.rname", n.text(), at + m, r);
                int p = at + m + r;
                String[] names = {"dns.soa.serial_number", "dns.soa.refresh_interval", "dns.soa.retry_interval",
                    "dns.soa.expire_limit", "dns.soa.minimum_ttl"};
                for (int i = 0; i < names.length; i++) {
                    out.dec(names[i], Bytes.u32(b, p + 4 * i), p + 4 * i, 4);
                }
            }
            case Dns.TYPE_TXT -> {
                for (int i = 0; i < len; ) {
                    int l = b[at + i] & 0xff;
                    out.dec("dns.txt.length", l, at + i, 1);
                    out.text("dns.txt", new String(b, at + i + 1, l, StandardCharsets.ISO_8859_1), at + i + 1, l);
                    i += 1 + l;
                }
            }
            default -> { }
        }
    }

    /** The message as records to build again; RDATA of other or malformed types stays raw. */
    static DnsRepr toRepr(Dns dns) {
        List<DnsQuestion> q = new ArrayList<>();
        List<List<DnsRecord>> sections = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        byte[] b = dns.bytes();
        for (int i = 0; i < dns.entries(); i++) {
            int cls = Bytes.u16(b, dns.rdataOffset(i) - 8);
            String owner = dns.name(i);
            String name = owner.equals("<Root>") ? "" : owner;
            if (dns.section(i) == Dns.QUESTION) {
                q.add(new DnsQuestion(name, dns.type(i), cls));
            } else {
                sections.get(dns.section(i) - 1).add(new DnsRecord(name, dns.type(i), cls, dns.ttl(i), data(dns, i)));
            }
        }
        return new DnsRepr(dns.id(), dns.flags(), q, sections.get(0), sections.get(1), sections.get(2));
    }

    private static DnsRecordData data(Dns dns, int i) {
        int type = dns.type(i);
        int at = dns.rdataOffset(i);
        int len = dns.rdataLength(i);
        byte[] b = dns.bytes();
        if (type == Dns.TYPE_OPT || !valid(dns, type, at, len, Problems.IGNORE)) {
            return new DnsRecordData.Raw(Octets.of(b, at, len));
        }
        return switch (type) {
            case Dns.TYPE_A -> new DnsRecordData.Address(IpAddresses.v4(b, at));
            case Dns.TYPE_AAAA -> new DnsRecordData.Address(IpAddresses.v6(b, at));
            case Dns.TYPE_NS, Dns.TYPE_CNAME, Dns.TYPE_PTR -> new DnsRecordData.Name(root(dns.rdataName(i, 0)));
            case Dns.TYPE_MX -> new DnsRecordData.Mx(Bytes.u16(b, at), root(dns.rdataName(i, 2)));
            case Dns.TYPE_SRV -> new DnsRecordData.Srv(Bytes.u16(b, at), Bytes.u16(b, at + 2), Bytes.u16(b, at + 4),
                    root(dns.rdataName(i, 6)));
            case Dns.TYPE_SOA -> {
                DnsName n = dns.names();
                int m = n.read(b, dns.messageStart(), dns.messageEnd(), at, dns.layerName(), Problems.IGNORE);
                String mname = root(n.text());
                int r = n.read(b, dns.messageStart(), dns.messageEnd(), at + m, dns.layerName(), Problems.IGNORE);
                int p = at + m + r;
                yield new DnsRecordData.Soa(mname, root(n.text()), Bytes.u32(b, p), Bytes.u32(b, p + 4),
                        Bytes.u32(b, p + 8), Bytes.u32(b, p + 12), Bytes.u32(b, p + 16));
            }
            case Dns.TYPE_TXT -> {
                List<String> strings = new ArrayList<>();
                for (int k = 0; k < len; k += 1 + (b[at + k] & 0xff)) {
                    strings.add(new String(b, at + k + 1, b[at + k] & 0xff, StandardCharsets.UTF_8));
                }
                yield new DnsRecordData.Txt(strings);
            }
            default -> new DnsRecordData.Raw(Octets.of(b, at, len));
        };
    }

    private static String root(String text) {
        return text.equals("<Root>") ? "" : text;
    }
}
