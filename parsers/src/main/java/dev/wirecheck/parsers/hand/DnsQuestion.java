package dev.wirecheck.parsers.hand;

/**
 * A question to build (RFC 1035 §4.1.2). For mDNS, {@code qclass} may carry the
 * unicast-response bit {@link Dns#MDNS_CLASS_BIT} (RFC 6762 §5.4).
 */
public record DnsQuestion(String name, int type, int qclass) {
    public static final int IN = 1;

    public DnsQuestion {
        DnsWriter.labels(name);
    }

    public static DnsQuestion in(String name, int type) {
        return new DnsQuestion(name, type, IN);
    }
}
