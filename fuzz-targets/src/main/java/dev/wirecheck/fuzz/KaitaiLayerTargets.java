package dev.wirecheck.fuzz;

import dev.wirecheck.parsers.kaitai.KaitaiFamily;
import dev.wirecheck.parsers.kaitai.KaitaiLayers;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;

import java.util.function.Function;

/**
 * The bodies of the Kaitai targets: each generated parser through its adapter
 * ({@link KaitaiLayers}, which lets exceptions through), and the whole Kaitai family.
 */
final class KaitaiLayerTargets {
    private static final KaitaiFamily FAMILY = new KaitaiFamily();

    private KaitaiLayerTargets() {}

    static FuzzTarget.Body of(Function<byte[], Dissection> layer) {
        return input -> Contract.check(layer.apply(input), input.length);
    }

    static final FuzzTarget.Body ETHERNET = of(KaitaiLayers::ethernet);
    static final FuzzTarget.Body SLL = of(b -> KaitaiLayers.sll(b, b.length > 0 && (b[0] & 1) == 1));
    static final FuzzTarget.Body ARP = of(KaitaiLayers::arp);
    static final FuzzTarget.Body IPV4 = of(KaitaiLayers::ipv4);
    static final FuzzTarget.Body IPV6 = of(KaitaiLayers::ipv6);
    static final FuzzTarget.Body ICMPV4 = of(b -> KaitaiLayers.icmpv4(b, true));
    static final FuzzTarget.Body ICMPV6 = of(b -> KaitaiLayers.icmpv6(b, HandLayers.LAYER_PSEUDO_SUM));
    static final FuzzTarget.Body IGMP = of(b -> KaitaiLayers.igmp(b, true));
    static final FuzzTarget.Body TCP = of(b -> KaitaiLayers.tcp(b, HandLayers.LAYER_PSEUDO_SUM));
    static final FuzzTarget.Body UDP = of(b -> KaitaiLayers.udp(b, HandLayers.LAYER_PSEUDO_SUM,
            b.length > 0 && (b[0] & 1) == 1));
    static final FuzzTarget.Body DHCP = of(KaitaiLayers::dhcp);
    static final FuzzTarget.Body DNS = of(KaitaiLayers::dns);

    /** The whole Kaitai family over an Ethernet frame; an adapter failure it caught is a finding too. */
    static final FuzzTarget.Body DISSECTOR = of(KaitaiLayerTargets::dissect);

    static Dissection dissect(byte[] ethernetFrame) {
        return FAMILY.dissect(Frame.ethernet(ethernetFrame, 0, 1));
    }
}
