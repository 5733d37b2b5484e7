package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.DissectionBuilder;
import org.pcap4j.packet.IcmpV6CommonPacket.IpV6NeighborDiscoveryOption;
import org.pcap4j.packet.IllegalIpV6NeighborDiscoveryOption;
import org.pcap4j.packet.IpV6NeighborDiscoveryMtuOption;
import org.pcap4j.packet.IpV6NeighborDiscoveryPrefixInformationOption;
import org.pcap4j.packet.IpV6NeighborDiscoverySourceLinkLayerAddressOption;
import org.pcap4j.packet.IpV6NeighborDiscoveryTargetLinkLayerAddressOption;

import static dev.wirecheck.parsers.pcap4j.Unsigned.u8;

/**
 * The NDP options pcap4j decodes (RFC 4861 §4.6: link-layer addresses, prefix information,
 * MTU). Others, such as RDNSS (RFC 8106), come back as unknown: only type and length.
 */
final class NdpOptions {
    static final int MAC_LENGTH = 6;

    private NdpOptions() {}

    static void describe(PacketWalk w, java.util.List<IpV6NeighborDiscoveryOption> options, int start) {
        DissectionBuilder out = w.out;
        int o = start;
        // unknown options (and the redirected header, which the other families do not name) give type and length only
        for (IpV6NeighborDiscoveryOption opt : options) {
            int t = u8(opt.getType().value());
            if (opt instanceof IllegalIpV6NeighborDiscoveryOption) {
                w.report("icmpv6", o, Pcap4jFailures.ILLEGAL_OPTION, "pcap4j: illegal NDP option " + t);
                return;
            }
            out.dec("icmpv6.opt.type", t, o, 1);
            out.dec("icmpv6.opt.length", opt.length() / 8, o + 1, 1);
            if (opt instanceof IpV6NeighborDiscoverySourceLinkLayerAddressOption src) {
                linkAddress(out, "icmpv6.opt.src_linkaddr", src.getLinkLayerAddress(), o + 2);
            } else if (opt instanceof IpV6NeighborDiscoveryTargetLinkLayerAddressOption target) {
                linkAddress(out, "icmpv6.opt.target_linkaddr", target.getLinkLayerAddress(), o + 2);
            } else if (opt instanceof IpV6NeighborDiscoveryPrefixInformationOption prefix) {
                out.dec("icmpv6.opt.prefix.length", prefix.getPrefixLengthAsInt(), o + 2, 1);
                // pcap4j names L and A and keeps the other six bits as "reserved1": R and five reserved bits
                int rest = prefix.getReserved1() & 0x3f;
                int f = (prefix.getOnLinkFlag() ? 0x80 : 0) | (prefix.getAddressConfigurationFlag() ? 0x40 : 0) | rest;
                out.hex("icmpv6.opt.prefix.flag", f, o + 3, 1);
                out.flag("icmpv6.opt.prefix.flag.l", prefix.getOnLinkFlag(), o + 3, 1);
                out.flag("icmpv6.opt.prefix.flag.a", prefix.getAddressConfigurationFlag(), o + 3, 1);
                out.dec("icmpv6.opt.prefix.flag.r", (rest >>> 5) & 1, o + 3, 1);
                out.dec("icmpv6.opt.prefix.flag.reserved", rest & 0x1f, o + 3, 1);
                out.dec("icmpv6.opt.prefix.valid_lifetime", prefix.getValidLifetimeAsLong(), o + 4, 4);
                out.dec("icmpv6.opt.prefix.preferred_lifetime", prefix.getPreferredLifetimeAsLong(), o + 8, 4);
                out.text("icmpv6.opt.prefix", Unsigned.address(prefix.getPrefix()), o + 16, 16);
            } else if (opt instanceof IpV6NeighborDiscoveryMtuOption mtu) {
                out.dec("icmpv6.opt.mtu", mtu.getMtuAsLong(), o + 4, 4);
            }
            o += opt.length();
        }
    }

    private static void linkAddress(DissectionBuilder out, String name, byte[] address, int at) {
        if (address.length == MAC_LENGTH) {
            out.text("icmpv6.opt.linkaddr", Bytes.mac(address, 0), at, MAC_LENGTH);
            out.text(name, Bytes.mac(address, 0), at, MAC_LENGTH);
        }
    }
}
