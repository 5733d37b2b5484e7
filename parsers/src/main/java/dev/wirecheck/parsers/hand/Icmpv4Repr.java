package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Octets;

/**
 * An ICMPv4 message to build: type, code, the 4 bytes after the checksum ("rest of
 * header": identifier and sequence for echo, gateway for redirect, MTU for
 * fragmentation needed) and the body (echo data or the quoted datagram).
 */
public record Icmpv4Repr(int type, int code, long restOfHeader, Octets body) implements HeaderRepr {

    public static Icmpv4Repr echoRequest(int identifier, int sequence, Octets data) {
        return new Icmpv4Repr(Icmpv4.ECHO_REQUEST, 0, ((long) identifier << 16) | sequence, data);
    }

    public static Icmpv4Repr echoReply(int identifier, int sequence, Octets data) {
        return new Icmpv4Repr(Icmpv4.ECHO_REPLY, 0, ((long) identifier << 16) | sequence, data);
    }

    /** Destination unreachable quoting the start of the datagram that caused it. */
    public static Icmpv4Repr unreachable(int code, Octets quoted) {
        return new Icmpv4Repr(Icmpv4.DEST_UNREACHABLE, code, 0, quoted);
    }

    @Override
    public int headerLength() {
        return Icmpv4.HEADER + body.length();
    }

    @Override
    public void emit(byte[] out, int at, int payloadLength, Emit emit) {
        out[at] = (byte) type;
        out[at + 1] = (byte) code;
        Bytes.put16(out, at + Icmpv4.CHECKSUM, 0);
        Bytes.put32(out, at + Icmpv4.REST, restOfHeader);
        body.copyTo(out, at + Icmpv4.HEADER);
    }

    @Override
    public void seal(byte[] out, int at, int length, IpRepr ip, int ipAt, Emit emit) {
        if (emit.checksums()) {
            Bytes.put16(out, at + Icmpv4.CHECKSUM, Checksum.compute(out, at, length));
        }
    }
}
