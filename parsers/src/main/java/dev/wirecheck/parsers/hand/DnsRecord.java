package dev.wirecheck.parsers.hand;

/**
 * A resource record to build (RFC 1035 §4.1.3). For mDNS, {@code rclass} may carry the
 * cache-flush bit {@link Dns#MDNS_CLASS_BIT} (RFC 6762 §10.2).
 */
public record DnsRecord(String name, int type, int rclass, long ttl, DnsRecordData data) {

    public DnsRecord {
        DnsWriter.labels(name);
    }

    public static DnsRecord in(String name, int type, long ttl, DnsRecordData data) {
        return new DnsRecord(name, type, DnsQuestion.IN, ttl, data);
    }

    /**
     * The EDNS(0) pseudo-record (RFC 6891 §6.1.2): root owner, the UDP payload size in the
     * class, extended RCODE, version and the DO bit in the TTL, options as raw RDATA.
     */
    public static DnsRecord opt(int udpPayloadSize, int extendedRcode, int version, boolean dnssecOk,
                                dev.wirecheck.wire.Octets options) {
        long ttl = ((long) (extendedRcode & 0xff) << 24) | ((version & 0xff) << 16) | (dnssecOk ? 0x8000 : 0);
        return new DnsRecord("", Dns.TYPE_OPT, udpPayloadSize, ttl, new DnsRecordData.Raw(options));
    }

    void write(DnsWriter w) {
        w.name(name, true);
        w.u16(type);
        w.u16(rclass);
        w.u32(ttl);
        int lengthAt = w.position();
        w.u16(0);
        data.write(w);
        w.put16(lengthAt, w.position() - lengthAt - 2);
    }
}
