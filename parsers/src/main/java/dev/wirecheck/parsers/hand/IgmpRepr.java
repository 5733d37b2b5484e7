package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Octets;

import java.net.Inet4Address;

/**
 * An IGMP message to build: type, max response code and everything after the checksum
 * (the group address for v1/v2; the v3 query or report body).
 */
public record IgmpRepr(int type, int maxResponse, Octets body) implements HeaderRepr {

    /** An IGMPv2 membership report or leave, or a v2 query (RFC 2236 §2). */
    public static IgmpRepr v2(int type, int maxResponse, Inet4Address group) {
        return new IgmpRepr(type, maxResponse, Octets.of(group.getAddress()));
    }

    @Override
    public int headerLength() {
        return 4 + body.length();
    }

    @Override
    public void emit(byte[] out, int at, int payloadLength, Emit emit) {
        out[at] = (byte) type;
        out[at + 1] = (byte) maxResponse;
        Bytes.put16(out, at + 2, 0);
        body.copyTo(out, at + 4);
    }

    @Override
    public void seal(byte[] out, int at, int length, IpRepr ip, int ipAt, Emit emit) {
        if (emit.checksums()) {
            Bytes.put16(out, at + 2, Checksum.compute(out, at, length));
        }
    }
}
