package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.FrameBuilder;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.wire.Octets;

import java.util.Arrays;
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

    /**
     * The start of the datagram {@code ip} carrying this, as an ICMP error quotes it: the IP
     * header and at least 8 bytes more (RFC 792; RFC 4443 §3 and RFC 1812 §4.3.2.3 allow
     * more, up to the whole datagram).
     */
    Octets quotedUnder(HeaderRepr ip, Source s) {
        FrameBuilder fb = FrameBuilder.of(ip);
        for (HeaderRepr h : headers) {
            fb.then(h);
        }
        byte[] whole = fb.payload(payload).build();
        int keep = ip.headerLength() + 8 + (int) s.draw(whole.length - ip.headerLength() - 8);
        return Octets.of(Arrays.copyOf(whole, keep));
    }

    /** A non-first fragment: the protocol is named, but its bytes are not a header. */
    static Upper raw(int protocol, Octets bytes) {
        return new Upper(protocol, List.of(), bytes);
    }
}
