package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.Octets;

import java.io.ByteArrayOutputStream;
import java.net.Inet6Address;

/**
 * Builds the bodies of Neighbor Discovery messages (RFC 4861 §4) as {@link Icmpv6Repr}s,
 * with options appended in the order given:
 *
 * <pre>{@code
 * Icmpv6Repr ns = NdpBuilder.neighborSolicitation(target).sourceLinkAddress(mac).build();
 * }</pre>
 */
public final class NdpBuilder {
    private final int type;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private NdpBuilder(int type, byte[] fixed) {
        this.type = type;
        body.writeBytes(fixed);
    }

    public static NdpBuilder routerSolicitation() {
        return new NdpBuilder(Icmpv6.ROUTER_SOLICITATION, new byte[4]);
    }

    public static NdpBuilder routerAdvertisement(int curHopLimit, int flags, int routerLifetime, long reachableTime,
                                                 long retransTimer) {
        byte[] f = new byte[12];
        f[0] = (byte) curHopLimit;
        f[1] = (byte) flags;
        Bytes.put16(f, 2, routerLifetime);
        Bytes.put32(f, 4, reachableTime);
        Bytes.put32(f, 8, retransTimer);
        return new NdpBuilder(Icmpv6.ROUTER_ADVERTISEMENT, f);
    }

    public static NdpBuilder neighborSolicitation(Inet6Address target) {
        byte[] f = new byte[20];
        System.arraycopy(target.getAddress(), 0, f, 4, 16);
        return new NdpBuilder(Icmpv6.NEIGHBOR_SOLICITATION, f);
    }

    /** {@code flags}: R 0x80, S 0x40, O 0x20 (RFC 4861 §4.4). */
    public static NdpBuilder neighborAdvertisement(int flags, Inet6Address target) {
        byte[] f = new byte[20];
        f[0] = (byte) flags;
        System.arraycopy(target.getAddress(), 0, f, 4, 16);
        return new NdpBuilder(Icmpv6.NEIGHBOR_ADVERTISEMENT, f);
    }

    public NdpBuilder sourceLinkAddress(MacAddress mac) {
        return option(NdpBody.OPT_SLLA, mac.toBytes());
    }

    public NdpBuilder targetLinkAddress(MacAddress mac) {
        return option(NdpBody.OPT_TLLA, mac.toBytes());
    }

    public NdpBuilder mtu(long mtu) {
        byte[] d = new byte[6];
        Bytes.put32(d, 2, mtu);
        return option(NdpBody.OPT_MTU, d);
    }

    /** Prefix information (RFC 4861 §4.6.2); flags L 0x80, A 0x40. */
    public NdpBuilder prefix(Inet6Address prefix, int prefixLength, int flags, long validLifetime,
                             long preferredLifetime) {
        byte[] d = new byte[30];
        d[0] = (byte) prefixLength;
        d[1] = (byte) flags;
        Bytes.put32(d, 2, validLifetime);
        Bytes.put32(d, 6, preferredLifetime);
        System.arraycopy(prefix.getAddress(), 0, d, 14, 16);
        return option(NdpBody.OPT_PREFIX, d);
    }

    /** Recursive DNS servers (RFC 8106 §5.1). */
    public NdpBuilder rdnss(long lifetime, Inet6Address... servers) {
        byte[] d = new byte[6 + 16 * servers.length];
        Bytes.put32(d, 2, lifetime);
        for (int i = 0; i < servers.length; i++) {
            System.arraycopy(servers[i].getAddress(), 0, d, 6 + 16 * i, 16);
        }
        return option(NdpBody.OPT_RDNSS, d);
    }

    /**
     * Any option: {@code data} is what follows the type and length bytes; it is padded
     * with zeros to a multiple of 8 bytes in all.
     */
    public NdpBuilder option(int optionType, byte[] data) {
        int total = (data.length + 2 + 7) / 8 * 8;
        body.write(optionType);
        body.write(total / 8);
        body.writeBytes(data);
        body.writeBytes(new byte[total - 2 - data.length]);
        return this;
    }

    /** Raw bytes appended as they are, for malformed options in negative tests. */
    public NdpBuilder raw(byte[] bytes) {
        body.writeBytes(bytes);
        return this;
    }

    public Icmpv6Repr build() {
        return new Icmpv6Repr(type, 0, Octets.of(body.toByteArray()));
    }
}
