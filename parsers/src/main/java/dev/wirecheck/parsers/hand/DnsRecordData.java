package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Octets;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/**
 * The RDATA of a resource record to build, one record per layout: addresses (A, RFC 1035
 * §3.4.1; AAAA, RFC 3596 §2.2), a single name (NS, CNAME, PTR: RFC 1035 §3.3), MX (§3.3.9),
 * TXT (§3.3.14), SOA (§3.3.13), SRV (RFC 2782) and anything else as raw bytes (RFC 3597).
 */
public sealed interface DnsRecordData {

    /** Writes the RDATA (without RDLENGTH) through the message's writer. */
    void write(DnsWriter w);

    record Address(InetAddress address) implements DnsRecordData {
        public Address {
            if (!(address instanceof Inet4Address) && !(address instanceof Inet6Address)) {
                throw new IllegalArgumentException("not an IP address: " + address);
            }
        }

        @Override
        public void write(DnsWriter w) {
            w.bytes(address.getAddress());
        }
    }

    /** NS, CNAME or PTR: one domain name, compressed (RFC 1035 §4.1.4, RFC 3597 §4). */
    record Name(String name) implements DnsRecordData {
        @Override
        public void write(DnsWriter w) {
            w.name(name, true);
        }
    }

    record Mx(int preference, String exchange) implements DnsRecordData {
        @Override
        public void write(DnsWriter w) {
            w.u16(preference);
            w.name(exchange, true);
        }
    }

    /** One or more character-strings of at most 255 bytes each. */
    record Txt(List<String> strings) implements DnsRecordData {
        public Txt {
            strings = List.copyOf(strings);
            for (String s : strings) {
                if (s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
                    throw new IllegalArgumentException("a TXT string is at most 255 bytes (RFC 1035 §3.3)");
                }
            }
        }

        @Override
        public void write(DnsWriter w) {
            for (String s : strings) {
                byte[] v = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                w.u8(v.length);
                w.bytes(v);
            }
        }
    }

    record Soa(String mname, String rname, long serial, long refresh, long retry, long expire, long minimum)
            implements DnsRecordData {
        @Override
        public void write(DnsWriter w) {
            w.name(mname, true);
            w.name(rname, true);
            for (long v : new long[] {serial, refresh, retry, expire, minimum}) {
                w.u32(v);
            }
        }
    }

    /** RFC 2782: the target is never compressed. */
    record Srv(int priority, int weight, int port, String target) implements DnsRecordData {
        @Override
        public void write(DnsWriter w) {
            w.u16(priority);
            w.u16(weight);
            w.u16(port);
            w.name(target, false);
        }
    }

    record Raw(Octets bytes) implements DnsRecordData {
        @Override
        public void write(DnsWriter w) {
            w.bytes(bytes.toByteArray());
        }
    }
}
