package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.wire.Octets;

import java.util.List;

/**
 * What an IP header carries in a generated frame: the protocol number, the headers
 * (one for TCP, UDP, ICMP and IGMP) and the bytes after them.
 */
public record Upper(int protocol, List<HeaderRepr> headers, Octets payload) {
    public Upper {
        headers = List.copyOf(headers);
    }

    static Upper of(int protocol, HeaderRepr header, Octets payload) {
        return new Upper(protocol, List.of(header), payload);
    }

    /** A non-first fragment: the protocol is named, but its bytes are not a header. */
    static Upper raw(int protocol, Octets bytes) {
        return new Upper(protocol, List.of(), bytes);
    }
}
