package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;

/** A UDP header to build; the length and checksum (pseudo-header included) are computed. */
public record UdpRepr(int srcPort, int dstPort) implements HeaderRepr {

    public UdpRepr {
        if (srcPort < 0 || srcPort > 0xffff || dstPort < 0 || dstPort > 0xffff) {
            throw new IllegalArgumentException("UDP ports are 0-65535: " + srcPort + ", " + dstPort);
        }
    }

    @Override
    public int headerLength() {
        return Udp.HEADER;
    }

    @Override
    public void emit(byte[] out, int at, int payloadLength, Emit emit) {
        Bytes.put16(out, at + Udp.SRC_PORT, srcPort);
        Bytes.put16(out, at + Udp.DST_PORT, dstPort);
        Bytes.put16(out, at + Udp.LENGTH, Udp.HEADER + payloadLength);
        Bytes.put16(out, at + Udp.CHECKSUM, 0);
    }

    @Override
    public void seal(byte[] out, int at, int length, IpRepr ip, int ipAt, Emit emit) {
        if (!emit.checksums() || ip == null) {
            return;
        }
        Checksums.fill(out, at, length, Udp.CHECKSUM, ip.pseudoHeaderSum(out, ipAt, IpProtocols.UDP, length));
        if (Bytes.u16(out, at + Udp.CHECKSUM) == 0) {
            Bytes.put16(out, at + Udp.CHECKSUM, 0xffff); // RFC 768: a computed zero is sent as all ones
        }
    }
}
