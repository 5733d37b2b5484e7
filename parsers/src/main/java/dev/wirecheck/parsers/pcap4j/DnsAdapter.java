package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.wire.DissectionBuilder;
import org.pcap4j.packet.DnsDomainName;
import org.pcap4j.packet.DnsPacket;
import org.pcap4j.packet.DnsQuestion;
import org.pcap4j.packet.DnsRDataA;
import org.pcap4j.packet.DnsRDataAaaa;
import org.pcap4j.packet.DnsRDataCName;
import org.pcap4j.packet.DnsRDataNs;
import org.pcap4j.packet.DnsRDataPtr;
import org.pcap4j.packet.DnsResourceRecord;
import org.pcap4j.packet.IllegalRawDataException;

import java.util.List;

import static dev.wirecheck.parsers.pcap4j.Unsigned.of;
import static dev.wirecheck.parsers.pcap4j.Unsigned.bit;
import static dev.wirecheck.parsers.pcap4j.Unsigned.u16;

/** DNS messages (RFC 1035 §4.1) as pcap4j's DnsPacket decodes them, names expanded through compression pointers. */
final class DnsAdapter {
    static final int TYPE_A = 1, TYPE_NS = 2, TYPE_CNAME = 5, TYPE_PTR = 12, TYPE_AAAA = 28;

    private DnsAdapter() {}

    static void describe(PacketWalk w, DnsPacket p, int at) {
        DnsPacket.DnsHeader h = p.getHeader();
        w.layer("dns", at, p.length());
        DissectionBuilder out = w.out;
        byte[] message = h.getRawData();
        out.hex("dns.id", u16(h.getId()), at, 2);
        flags(out, h, at + 2);
        out.dec("dns.count.queries", h.getQdCountAsInt(), at + 4, 2);
        out.dec("dns.count.answers", h.getAnCountAsInt(), at + 6, 2);
        out.dec("dns.count.auth_rr", h.getNsCountAsInt(), at + 8, 2);
        out.dec("dns.count.add_rr", h.getArCountAsInt(), at + 10, 2);
        int pos = at + 12;
        try {
            for (DnsQuestion q : h.getQuestions()) {
                DnsDomainName n = q.getQName();
                String text = name(n, message);
                out.text("dns.qry.name", text, pos, n.length());
                out.dec("dns.qry.name.len", text.length(), pos, n.length());
                out.dec("dns.count.labels", labels(text), pos, n.length());
                pos += n.length();
                out.dec("dns.qry.type", of(q.getQType()), pos, 2);
                out.hex("dns.qry.class", of(q.getQClass()), pos + 2, 2);
                pos += 4;
            }
            for (List<DnsResourceRecord> section : List.of(h.getAnswers(), h.getAuthorities(), h.getAdditionalInfo())) {
                for (DnsResourceRecord rr : section) {
                    pos = record(out, rr, message, pos);
                }
            }
        } catch (IllegalRawDataException e) {
            w.report("dns", pos, Pcap4jFailures.classify(e.getMessage()), e.getMessage());
        }
    }

    private static void flags(DissectionBuilder out, DnsPacket.DnsHeader h, int at) {
        boolean response = h.isResponse();
        int f = (response ? 0x8000 : 0) | (int) of(h.getOpCode()) << 11 | bit(h.isAuthoritativeAnswer(), 10)
                | bit(h.isTruncated(), 9) | bit(h.isRecursionDesired(), 8) | bit(h.isRecursionAvailable(), 7)
                | bit(h.getReservedBit(), 6) | bit(h.isAuthenticData(), 5) | bit(h.isCheckingDisabled(), 4)
                | (int) of(h.getrCode());
        out.hex("dns.flags", f, at, 2);
        out.flag("dns.flags.response", response, at, 2);
        out.dec("dns.flags.opcode", of(h.getOpCode()), at, 2);
        if (response) {
            out.flag("dns.flags.authoritative", h.isAuthoritativeAnswer(), at, 2);
        }
        out.flag("dns.flags.truncated", h.isTruncated(), at, 2);
        out.flag("dns.flags.recdesired", h.isRecursionDesired(), at, 2);
        if (response) {
            out.flag("dns.flags.recavail", h.isRecursionAvailable(), at, 2);
        }
        out.flag("dns.flags.z", h.getReservedBit(), at, 2);
        if (response) {
            out.flag("dns.flags.authenticated", h.isAuthenticData(), at, 2);
        }
        out.flag("dns.flags.checkdisable", h.isCheckingDisabled(), at, 2);
        if (response) {
            out.dec("dns.flags.rcode", of(h.getrCode()), at, 2);
        }
    }

    private static int record(DissectionBuilder out, DnsResourceRecord rr, byte[] message, int pos)
            throws IllegalRawDataException {
        DnsDomainName n = rr.getName();
        out.text("dns.resp.name", name(n, message), pos, n.length());
        pos += n.length();
        int type = (int) of(rr.getDataType());
        out.dec("dns.resp.type", type, pos, 2);
        out.hex("dns.resp.class", of(rr.getDataClass()), pos + 2, 2);
        out.dec("dns.resp.ttl", rr.getTtlAsLong(), pos + 4, 4);
        out.dec("dns.resp.len", rr.getRdLengthAsInt(), pos + 8, 2);
        int data = pos + 10;
        Object rdata = rr.getRData();
        if (rdata instanceof DnsRDataA a && type == TYPE_A) {
            out.text("dns.a", Unsigned.address(a.getAddress()), data, 4);
        } else if (rdata instanceof DnsRDataAaaa a && type == TYPE_AAAA) {
            out.text("dns.aaaa", Unsigned.address(a.getAddress()), data, 16);
        } else if (rdata instanceof DnsRDataNs ns) {
            out.text("dns.ns", name(ns.getNsDName(), message), data, ns.getNsDName().length());
        } else if (rdata instanceof DnsRDataCName cname) {
            out.text("dns.cname", name(cname.getCName(), message), data, cname.getCName().length());
        } else if (rdata instanceof DnsRDataPtr ptr) {
            out.text("dns.ptr.domain_name", name(ptr.getPtrDName(), message), data, ptr.getPtrDName().length());
        }
        return data + rr.getRdLengthAsInt();
    }

    /** The name with its compression pointers followed; tshark's {@code <Root>} for the empty name. */
    private static String name(DnsDomainName n, byte[] message) throws IllegalRawDataException {
        String text = n.decompress(message);
        // pcap4j joins its (empty) label list to the pointed-at name with a dot, so a name that
        // is only a compression pointer comes out as ".example.test": a formatting artefact.
        if (text.startsWith(".") && n.getLabels().isEmpty() && n.getPointer() != null) {
            text = text.substring(1);
        }
        return text.isEmpty() ? "<Root>" : text;
    }

    private static int labels(String text) {
        return dev.wirecheck.parsers.hand.DnsName.shownLabels(text.equals("<Root>") ? 0 : text.split("\\.", -1).length);
    }

}
