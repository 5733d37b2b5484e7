package dev.wirecheck.properties;

import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;

import java.net.Inet4Address;
import java.net.Inet6Address;

/**
 * Addresses for generated frames: documentation and link-local ranges only (192.0.2.0/24,
 * 233.252.0.0/24 MCAST-TEST-NET of RFC 5771, 2001:db8::/32, fe80::/64) plus the link
 * multicast and broadcast addresses the protocols use.
 */
public final class AddressGens {
    private AddressGens() {}

    /** Locally administered unicast (02:…), broadcast, IPv4 and IPv6 multicast MACs. */
    public static Gen<MacAddress> mac() {
        return Gens.oneOf(
                Gens.longs(0, 0xff_ffff_ffffL).map(low -> new MacAddress(0x02_00_00_00_00_00L | low)),
                Gens.constant(MacAddress.BROADCAST),
                Gens.longs(0, 0x7f_ffffL).map(low -> new MacAddress(0x01_00_5e_00_00_00L | low)),
                Gens.longs(0, 0xffff_ffffL).map(low -> new MacAddress(0x33_33_00_00_00_00L | low)));
    }

    public static Gen<Inet4Address> ipv4() {
        return Gens.oneOf(
                Gens.ints(0, 255).map(low -> v4(192, 0, 2, low)),
                Gens.ints(0, 255).map(low -> v4(233, 252, 0, low)),
                Gens.ints(0, 255).map(low -> v4(224, 0, 0, low)),
                Gens.constant(v4(255, 255, 255, 255)),
                Gens.constant(v4(0, 0, 0, 0)));
    }

    /** Group addresses for IGMP. */
    public static Gen<Inet4Address> ipv4Multicast() {
        return Gens.oneOf(
                Gens.ints(0, 255).map(low -> v4(224, 0, 0, low)),
                Gens.ints(0, 255).map(low -> v4(233, 252, 0, low)));
    }

    public static Gen<Inet6Address> ipv6() {
        return Gens.oneOf(
                s -> v6(0x2001_0db8_0000_0000L | s.draw(0xffff_ffffL), s.draw(Long.MAX_VALUE)),
                s -> v6(0xfe80_0000_0000_0000L, s.draw(Long.MAX_VALUE)),
                ipv6Multicast(),
                Gens.constant(v6(0, 0)));
    }

    /** ff02::1, ff02::2, ff02::16, solicited-node ff02::1:ffXX:XXXX and ff0e::/16 group ids. */
    public static Gen<Inet6Address> ipv6Multicast() {
        return Gens.oneOf(
                Gens.elements(1L, 2L, 0x16L).map(low -> v6(0xff02_0000_0000_0000L, low)),
                Gens.longs(0, 0xff_ffffL).map(low -> v6(0xff02_0000_0000_0000L, 0x1_ff00_0000L | low)),
                Gens.longs(0, 0xffff_ffffL).map(low -> v6(0xff0e_0000_0000_0000L, low)));
    }

    static Inet4Address v4(int a, int b, int c, int d) {
        return IpAddresses.v4(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d}, 0);
    }

    static Inet6Address v6(long high, long low) {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (high >>> (56 - 8 * i));
            b[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return IpAddresses.v6(b, 0);
    }
}
