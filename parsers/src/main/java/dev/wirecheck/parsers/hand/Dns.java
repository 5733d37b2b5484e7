package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.IntTriples;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;

import java.util.Arrays;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_VALUE;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * A DNS message (RFC 1035 §4.1), or an mDNS one (RFC 6762 §18), read in place: the header,
 * then every question and resource record the counts announce, each name read by a
 * {@link DnsName} that cannot loop. {@code read} indexes where each entry lies in arrays
 * kept from message to message; {@link #describe} names the fields as tshark does.
 *
 * <p>Over TCP (RFC 1035 §4.2.2, RFC 7766 §8) the message follows a two-byte length; the
 * dissector hands a segment here only when it holds exactly one whole message.
 */
public final class Dns extends View {
    static final int ID = 0, FLAGS = 2, QDCOUNT = 4, ANCOUNT = 6, NSCOUNT = 8, ARCOUNT = 10, HEADER = 12;
    public static final int PORT = 53, MDNS_PORT = 5353;
    public static final int TYPE_A = 1, TYPE_NS = 2, TYPE_CNAME = 5, TYPE_SOA = 6, TYPE_PTR = 12, TYPE_MX = 15,
            TYPE_TXT = 16, TYPE_AAAA = 28, TYPE_SRV = 33, TYPE_OPT = 41;
    /** RFC 6762 §5.4 and §10.2: the top bit of a question's class asks for a unicast reply, of a record's class flushes caches. */
    public static final int MDNS_CLASS_BIT = 0x8000;
    /** Sections in message order. */
    public static final int QUESTION = 0, ANSWER = 1, AUTHORITY = 2, ADDITIONAL = 3;

    public static final MalformationCode TRUNCATED_MESSAGE = DnsName.TRUNCATED_NAME;
    public static final MalformationCode COUNT_MISMATCH = Code.of("dns", "count-exceeds-records", TRUNCATED);
    public static final MalformationCode RECORD_TRUNCATED = Code.of("dns", "record-truncated", TRUNCATED);
    public static final MalformationCode TRAILING_DATA = Code.of("dns", "trailing-data", BAD_LENGTH);
    public static final MalformationCode RDLENGTH_WRONG = Code.of("dns", "rdlength-wrong", BAD_LENGTH);
    public static final MalformationCode OPT_INVALID = Code.of("dns", "opt-invalid", BAD_VALUE);

    private final DnsName name = new DnsName();
    private int msgStart;
    private int msgEnd;
    private boolean mdns;
    private boolean overTcp;
    /** Offset of the TYPE field after the entry's name. */
    /** Every whole question and record: section, offset of its name, offset of its fixed part. */
    private final IntTriples entries = new IntTriples(16);

    /**
     * Wraps and validates a message of {@code length} bytes at {@code at}; {@code overTcp}
     * means the bytes start with the two-byte length (already checked by the caller).
     */
    public boolean read(byte[] bytes, int at, int length, boolean mdns, boolean overTcp, Problems problems) {
        wrap(bytes, at, length);
        this.mdns = mdns;
        this.overTcp = overTcp;
        entries.clear();
        msgStart = overTcp ? at + 2 : at;
        msgEnd = at + length;
        String layer = layerName();
        if (msgEnd - msgStart < HEADER) {
            problems.add(layer, at, TRUNCATED_MESSAGE, "DNS header needs 12 bytes, " + (msgEnd - msgStart) + " present");
            return false;
        }
        int pos = msgStart + HEADER;
        for (int section = QUESTION; section <= ADDITIONAL; section++) {
            int announced = count(section);
            for (int i = 0; i < announced; i++) {
                if (pos >= msgEnd) {
                    problems.add(layer, msgStart + QDCOUNT + 2 * section, COUNT_MISMATCH, SECTION_NAMES[section]
                            + " count " + announced + " but only " + i + " present (RFC 1035 §4.1.1)");
                    return true;
                }
                int next = entry(section, pos, problems);
                if (next < 0) {
                    countsCannotFit(section, i, pos, problems);
                    return true;
                }
                pos = next;
            }
        }
        if (pos < msgEnd) {
            problems.add(layer, pos, TRAILING_DATA, (msgEnd - pos) + " bytes after the last record the counts announce");
        }
        return true;
    }

    /**
     * After an entry that could not be read, the rest cannot be walked; but when even the
     * smallest entries (a question of 5 bytes, a record of 11) the counts still announce
     * cannot fit in the bytes left, the counts disagree with the message all the same.
     */
    private void countsCannotFit(int section, int index, int pos, Problems problems) {
        long needed = 0;
        for (int s = section; s <= ADDITIONAL; s++) {
            int left = count(s) - (s == section ? index : 0);
            needed += (long) left * (s == QUESTION ? 5 : 11);
        }
        if (pos + needed > msgEnd) {
            problems.add(layerName(), msgStart + QDCOUNT, COUNT_MISMATCH, "the counts announce at least " + needed
                    + " more bytes of entries than the " + (msgEnd - pos) + " left (RFC 1035 §4.1.1)");
        }
    }

    private static final String[] SECTION_NAMES = {"question", "answer", "authority", "additional"};

    /** Reads one question or record at {@code pos}; returns where the next starts, or -1 to stop. */
    private int entry(int section, int pos, Problems problems) {
        String layer = layerName();
        int wire = name.read(b, msgStart, msgEnd, pos, layer, problems);
        if (wire < 0) {
            return -1;
        }
        int fixed = pos + wire;
        int fixedLength = section == QUESTION ? 4 : 10;
        if (fixed + fixedLength > msgEnd) {
            problems.add(layer, fixed, RECORD_TRUNCATED, SECTION_NAMES[section] + " cut short after its name");
            return -1;
        }
        if (section == QUESTION) {
            addEntry(section, pos, fixed);
            return fixed + 4;
        }
        int rdata = fixed + 10;
        int rdlength = u16abs(fixed + 8);
        if (rdata + rdlength > msgEnd) {
            problems.add(layer, fixed + 8, RECORD_TRUNCATED, "RDLENGTH " + rdlength + " runs "
                    + (rdata + rdlength - msgEnd) + " bytes past the message");
            return -1;
        }
        addEntry(section, pos, fixed); // only whole records are indexed: describe and the getters read their RDATA
        DnsRdata.check(this, u16abs(fixed), section, pos, rdata, rdlength, problems);
        return rdata + rdlength;
    }

    private void addEntry(int section, int nameAt, int fixedAt) {
        entries.add(section, nameAt, fixedAt);
    }

    int u16abs(int at) {
        return dev.wirecheck.wire.Bytes.u16(b, at);
    }

    DnsName names() {
        return name;
    }

    int messageStart() {
        return msgStart;
    }

    int messageEnd() {
        return msgEnd;
    }

    /** {@code mdns} on port 5353, {@code dns} otherwise, as tshark names the layers. */
    public String layerName() {
        return mdns ? "mdns" : "dns";
    }

    public boolean isMdns() {
        return mdns;
    }

    public boolean overTcp() {
        return overTcp;
    }

    public int id() {
        return u16abs(msgStart + ID);
    }

    public int flags() {
        return u16abs(msgStart + FLAGS);
    }

    public boolean isResponse() {
        return (flags() & 0x8000) != 0;
    }

    public int opcode() {
        return (flags() >>> 11) & 0xf;
    }

    public int rcode() {
        return flags() & 0xf;
    }

    /** The count the header announces for a section (QUESTION..ADDITIONAL). */
    public int count(int section) {
        return u16abs(msgStart + QDCOUNT + 2 * section);
    }

    /** Entries read (questions and records of every section, in order). */
    public int entries() {
        return entries.size();
    }

    public int section(int entry) {
        return entries.first(entry);
    }

    /** The entry's owner name (allocates). */
    public String name(int entry) {
        name.read(b, msgStart, msgEnd, entries.second(entry), layerName(), Problems.IGNORE);
        return name.text();
    }

    public int type(int entry) {
        return u16abs(entries.third(entry));
    }

    /** The class without the mDNS top bit when the message is mDNS. */
    public int dnsClass(int entry) {
        int c = u16abs(entries.third(entry) + 2);
        return mdns ? c & ~MDNS_CLASS_BIT : c;
    }

    /** mDNS: a question's unicast-response bit or a record's cache-flush bit (RFC 6762 §5.4, §10.2). */
    public boolean mdnsClassBit(int entry) {
        return mdns && (u16abs(entries.third(entry) + 2) & MDNS_CLASS_BIT) != 0;
    }

    public long ttl(int entry) {
        return dev.wirecheck.wire.Bytes.u32(b, entries.third(entry) + 4);
    }

    /** Frame offset of a record's RDATA. */
    public int rdataOffset(int entry) {
        return entries.third(entry) + 10;
    }

    public int rdataLength(int entry) {
        return u16abs(entries.third(entry) + 8);
    }

    /** A record's RDATA as a name (NS, CNAME, PTR), or the name {@code skip} bytes in (MX: 2, SRV: 6). */
    public String rdataName(int entry, int skip) {
        name.read(b, msgStart, msgEnd, rdataOffset(entry) + skip, layerName(), Problems.IGNORE);
        return name.text();
    }

    public byte[] rdata(int entry) {
        return Arrays.copyOfRange(b, rdataOffset(entry), rdataOffset(entry) + rdataLength(entry));
    }

    /** Names the fields as tshark 4.0 does (compared by TsharkAgreementTest). */
    public void describe(DissectionBuilder out) {
        out.layer(layerName(), start, available);
        if (overTcp) {
            out.dec("dns.length", u16(0), start, 2);
        }
        int at = msgStart;
        out.hex("dns.id", id(), at + ID, 2);
        DnsHeaderFields.flags(out, flags(), at + FLAGS);
        out.dec("dns.count.queries", count(QUESTION), at + QDCOUNT, 2);
        out.dec("dns.count.answers", count(ANSWER), at + ANCOUNT, 2);
        out.dec("dns.count.auth_rr", count(AUTHORITY), at + NSCOUNT, 2);
        out.dec("dns.count.add_rr", count(ADDITIONAL), at + ARCOUNT, 2);
        for (int i = 0; i < entries.size(); i++) {
            int nameAt = entries.second(i);
            int fixed = entries.third(i);
            name.read(b, msgStart, msgEnd, nameAt, layerName(), Problems.IGNORE);
            String text = name.text();
            int wire = fixed - nameAt;
            int cls = u16abs(fixed + 2);
            if (entries.first(i) == QUESTION) {
                out.text("dns.qry.name", text, nameAt, wire);
                out.dec("dns.qry.name.len", text.length(), nameAt, wire);
                out.dec("dns.count.labels", DnsName.shownLabels(name.labels()), nameAt, wire);
                out.dec("dns.qry.type", type(i), fixed, 2);
                out.hex("dns.qry.class", mdns ? cls & ~MDNS_CLASS_BIT : cls, fixed + 2, 2);
                if (mdns) {
                    out.flag("dns.qry.qu", (cls & MDNS_CLASS_BIT) != 0, fixed + 2, 2);
                }
                continue;
            }
            DnsRdata.ownerName(out, type(i), text, nameAt, wire);
            out.dec("dns.resp.type", type(i), fixed, 2);
            if (type(i) == TYPE_OPT) {
                DnsRdata.optHeader(out, b, fixed);
            } else {
                out.hex("dns.resp.class", mdns ? cls & ~MDNS_CLASS_BIT : cls, fixed + 2, 2);
                if (mdns) {
                    out.flag("dns.resp.cache_flush", (cls & MDNS_CLASS_BIT) != 0, fixed + 2, 2);
                }
                out.dec("dns.resp.ttl", ttl(i), fixed + 4, 4);
            }
            out.dec("dns.resp.len", rdataLength(i), fixed + 8, 2);
            DnsRdata.describe(this, out, type(i), rdataOffset(i), rdataLength(i));
        }
    }

    /**
     * What to build to send this message again (RDATA of malformed or unknown types raw).
     * Names are carried as text, so a name whose label holds a '.' byte cannot be rebuilt:
     * that throws IllegalArgumentException, as building any invalid name does.
     */
    public DnsRepr toRepr() {
        return DnsRdata.toRepr(this);
    }
}
