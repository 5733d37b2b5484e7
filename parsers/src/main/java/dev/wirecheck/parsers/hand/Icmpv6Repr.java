package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Octets;

/**
 * An ICMPv6 message to build: type, code and everything after the checksum (for echo:
 * identifier, sequence and data; for NDP: the fixed fields and options, see
 * {@link NdpBuilder}). The checksum covers the IPv6 pseudo-header (RFC 4443 §2.3).
 */
public record Icmpv6Repr(int type, int code, Octets body) implements HeaderRepr {

    public static Icmpv6Repr echo(int type, int identifier, int sequence, Octets data) {
        byte[] b = new byte[4 + data.length()];
        Bytes.put16(b, 0, identifier);
        Bytes.put16(b, 2, sequence);
        data.copyTo(b, 4);
        return new Icmpv6Repr(type, 0, Octets.of(b));
    }

    @Override
    public int headerLength() {
        return Icmpv6.BODY + body.length();
    }

    @Override
    public void emit(byte[] out, int at, int payloadLength, Emit emit) {
        out[at] = (byte) type;
        out[at + 1] = (byte) code;
        Bytes.put16(out, at + Icmpv6.CHECKSUM, 0);
        body.copyTo(out, at + Icmpv6.BODY);
    }

    @Override
    public void seal(byte[] out, int at, int length, IpRepr ip, int ipAt, Emit emit) {
        if (emit.checksums() && ip != null) {
            Checksums.fill(out, at, length, Icmpv6.CHECKSUM, ip.pseudoHeaderSum(out, ipAt, IpProtocols.ICMPV6, length));
        }
    }
}
