package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Checksum;

import java.net.Inet6Address;
import java.util.List;

/**
 * An IPv6 header with its extension headers to build. {@code nextHeader} is the protocol
 * after the last extension (58 for ICMPv6…); the chain's next-header bytes and the payload
 * length are computed.
 */
public record Ipv6Repr(Inet6Address src, Inet6Address dst, int nextHeader, int hopLimit, int trafficClass,
                       int flowLabel, List<Ipv6ExtensionRepr> extensions) implements IpRepr {

    public Ipv6Repr {
        extensions = List.copyOf(extensions);
        if (hopLimit < 0 || hopLimit > 255 || trafficClass < 0 || trafficClass > 255
                || flowLabel < 0 || flowLabel > 0xfffff || nextHeader < 0 || nextHeader > 255) {
            throw new IllegalArgumentException("IPv6 field out of range: hlim " + hopLimit + " tc " + trafficClass
                    + " flow " + flowLabel + " nxt " + nextHeader);
        }
    }

    public static Ipv6Repr simple(Inet6Address src, Inet6Address dst, int nextHeader, int hopLimit) {
        return new Ipv6Repr(src, dst, nextHeader, hopLimit, 0, 0, List.of());
    }

    public Ipv6Repr withExtensions(List<Ipv6ExtensionRepr> exts) {
        return new Ipv6Repr(src, dst, nextHeader, hopLimit, trafficClass, flowLabel, exts);
    }

    @Override
    public int headerLength() {
        int n = Ipv6.HEADER;
        for (Ipv6ExtensionRepr e : extensions) {
            n += e.length();
        }
        return n;
    }

    @Override
    public void emit(byte[] out, int at, int payloadLength, Emit emit) {
        Bytes.put32(out, at, (6L << 28) | ((long) trafficClass << 20) | flowLabel);
        Bytes.put16(out, at + Ipv6.PAYLOAD_LENGTH, headerLength() - Ipv6.HEADER + payloadLength);
        out[at + Ipv6.NEXT_HEADER] = (byte) (extensions.isEmpty() ? nextHeader : extensions.get(0).type());
        out[at + Ipv6.HOP_LIMIT] = (byte) hopLimit;
        System.arraycopy(src.getAddress(), 0, out, at + Ipv6.SRC, 16);
        System.arraycopy(dst.getAddress(), 0, out, at + Ipv6.DST, 16);
        int pos = at + Ipv6.HEADER;
        for (int i = 0; i < extensions.size(); i++) {
            int following = i + 1 < extensions.size() ? extensions.get(i + 1).type() : nextHeader;
            extensions.get(i).emit(out, pos, following);
            pos += extensions.get(i).length();
        }
    }

    @Override
    public long pseudoHeaderSum(byte[] out, int at, int upperProtocol, int upperLength) {
        // RFC 8200 §8.1: while a routing header has segments left, the checksum covers the
        // final destination it names, not the Destination Address (as Ipv6 reads it back).
        int dstAt = at + Ipv6.DST;
        int pos = at + Ipv6.HEADER;
        for (Ipv6ExtensionRepr e : extensions) {
            if (e.type() == IpProtocols.IPV6_ROUTE) {
                int last = Ipv6.finalDestinationOffset(out, pos, e.length());
                dstAt = last >= 0 ? last : dstAt;
            }
            pos += e.length();
        }
        return Checksum.ipv6PseudoHeader(out, at + Ipv6.SRC, dstAt, upperProtocol, upperLength);
    }
}
