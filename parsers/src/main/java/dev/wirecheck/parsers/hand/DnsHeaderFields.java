package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.DissectionBuilder;

/**
 * Names the DNS header flags as tshark 4.0 does (RFC 1035 §4.1.1, RFC 4035 §3.2 for AD and
 * CD): AA, RA, AD and RCODE only in responses. Presentation only, shared by the hand family
 * and the Kaitai family's adapter.
 */
public final class DnsHeaderFields {
    private DnsHeaderFields() {}

    public static void flags(DissectionBuilder out, int f, int at) {
        boolean response = (f & 0x8000) != 0;
        out.hex("dns.flags", f, at, 2);
        out.dec("dns.flags.response", f >>> 15, at, 2);
        out.dec("dns.flags.opcode", (f >>> 11) & 0xf, at, 2);
        if (response) {
            out.dec("dns.flags.authoritative", (f >>> 10) & 1, at, 2);
        }
        out.dec("dns.flags.truncated", (f >>> 9) & 1, at, 2);
        out.dec("dns.flags.recdesired", (f >>> 8) & 1, at, 2);
        if (response) {
            out.dec("dns.flags.recavail", (f >>> 7) & 1, at, 2);
        }
        out.dec("dns.flags.z", (f >>> 6) & 1, at, 2);
        if (response) {
            out.dec("dns.flags.authenticated", (f >>> 5) & 1, at, 2);
        }
        out.dec("dns.flags.checkdisable", (f >>> 4) & 1, at, 2);
        if (response) {
            out.dec("dns.flags.rcode", f & 0xf, at, 2);
        }
    }
}
