package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Octets;

/**
 * An IPv6 extension header to build: its type (0 hop-by-hop, 43 routing, 44 fragment,
 * 60 destination options, 51 AH) and the bytes after its next-header and length bytes.
 * The builder fills in those two bytes from the chain.
 */
public record Ipv6ExtensionRepr(int type, Octets body) {

    public Ipv6ExtensionRepr {
        int total = body.length() + 2;
        boolean ok = type == IpProtocols.IPV6_FRAG ? total == 8
                : type == IpProtocols.AH ? total % 4 == 0 && total >= 12
                : total % 8 == 0;
        if (!ok) {
            throw new IllegalArgumentException("extension header " + type + " cannot be " + total + " bytes long");
        }
    }

    /** A fragment header (RFC 8200 §4.5); {@code offsetUnits} counts 8-byte units. */
    public static Ipv6ExtensionRepr fragment(int offsetUnits, boolean more, long identification) {
        byte[] body = new byte[6];
        Bytes.put16(body, 0, (offsetUnits << 3) | (more ? 1 : 0));
        Bytes.put32(body, 2, identification);
        return new Ipv6ExtensionRepr(IpProtocols.IPV6_FRAG, Octets.of(body));
    }

    /**
     * Hop-by-hop (type 0) or destination (type 60) options from their TLV bytes, padded
     * to a multiple of 8 with Pad1/PadN as RFC 8200 §4.2 requires.
     */
    public static Ipv6ExtensionRepr options(int type, Octets tlvs) {
        int total = (tlvs.length() + 2 + 7) / 8 * 8;
        byte[] body = new byte[total - 2];
        tlvs.copyTo(body, 0);
        int pad = body.length - tlvs.length();
        if (pad == 1) {
            body[tlvs.length()] = 0; // Pad1
        } else if (pad > 1) {
            body[tlvs.length()] = 1; // PadN
            body[tlvs.length() + 1] = (byte) (pad - 2);
        }
        return new Ipv6ExtensionRepr(type, Octets.of(body));
    }

    public int length() {
        return body.length() + 2;
    }

    void emit(byte[] out, int at, int nextHeader) {
        out[at] = (byte) nextHeader;
        int len = length();
        out[at + 1] = (byte) (type == IpProtocols.IPV6_FRAG ? 0
                : type == IpProtocols.AH ? len / 4 - 2 : len / 8 - 1);
        body.copyTo(out, at + 2);
    }
}
