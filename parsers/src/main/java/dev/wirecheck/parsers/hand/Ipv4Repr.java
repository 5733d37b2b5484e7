package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Octets;

import java.net.Inet4Address;

/**
 * An IPv4 header to build. {@code options} are the option bytes as they go on the wire;
 * {@link #emit} pads them with EOL to a multiple of 4 (RFC 791 §3.1) and computes the
 * total length and header checksum.
 *
 * @param fragmentOffset in units of 8 bytes, as carried
 */
public record Ipv4Repr(Inet4Address src, Inet4Address dst, int protocol, int ttl, int identification,
                       boolean dontFragment, boolean moreFragments, int fragmentOffset, int dscp, int ecn,
                       Octets options) implements IpRepr {

    public Ipv4Repr {
        if (options.length() > 40) {
            throw new IllegalArgumentException("IPv4 options are at most 40 bytes, got " + options.length());
        }
        if (fragmentOffset < 0 || fragmentOffset > 0x1fff || dscp < 0 || dscp > 63 || ecn < 0 || ecn > 3
                || ttl < 0 || ttl > 255 || protocol < 0 || protocol > 255 || identification < 0 || identification > 0xffff) {
            throw new IllegalArgumentException("IPv4 field out of range: " + this);
        }
    }

    /** The common case: no options, not fragmented, DF clear. */
    public static Ipv4Repr simple(Inet4Address src, Inet4Address dst, int protocol, int ttl, int identification) {
        return new Ipv4Repr(src, dst, protocol, ttl, identification, false, false, 0, 0, 0, Octets.EMPTY);
    }

    public Ipv4Repr withFragment(boolean more, int offsetUnits) {
        return new Ipv4Repr(src, dst, protocol, ttl, identification, dontFragment, more, offsetUnits, dscp, ecn, options);
    }

    public Ipv4Repr withOptions(Octets newOptions) {
        return new Ipv4Repr(src, dst, protocol, ttl, identification, dontFragment, moreFragments, fragmentOffset,
                dscp, ecn, newOptions);
    }

    @Override
    public int headerLength() {
        return Ipv4.MIN_HEADER + (options.length() + 3) / 4 * 4;
    }

    @Override
    public void emit(byte[] out, int at, int payloadLength, Emit emit) {
        int hl = headerLength();
        out[at] = (byte) (0x40 | (hl / 4));
        out[at + Ipv4.TOS] = (byte) ((dscp << 2) | ecn);
        Bytes.put16(out, at + Ipv4.TOTAL_LENGTH, hl + payloadLength);
        Bytes.put16(out, at + Ipv4.IDENT, identification);
        int flags = (dontFragment ? 0x4000 : 0) | (moreFragments ? 0x2000 : 0) | fragmentOffset;
        Bytes.put16(out, at + Ipv4.FLAGS_FRAG, flags);
        out[at + Ipv4.TTL] = (byte) ttl;
        out[at + Ipv4.PROTOCOL] = (byte) protocol;
        Bytes.put16(out, at + Ipv4.CHECKSUM, 0);
        System.arraycopy(src.getAddress(), 0, out, at + Ipv4.SRC, 4);
        System.arraycopy(dst.getAddress(), 0, out, at + Ipv4.DST, 4);
        options.copyTo(out, at + Ipv4.MIN_HEADER);
        for (int i = Ipv4.MIN_HEADER + options.length(); i < hl; i++) {
            out[at + i] = 0; // EOL padding
        }
        if (emit.checksums()) {
            Bytes.put16(out, at + Ipv4.CHECKSUM, Checksum.compute(out, at, hl));
        }
    }

    @Override
    public long pseudoHeaderSum(byte[] out, int at, int upperProtocol, int upperLength) {
        return Checksum.ipv4PseudoHeader(out, at + Ipv4.SRC, at + Ipv4.DST, upperProtocol, upperLength);
    }
}
