package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.Problems;

import java.util.function.Consumer;

/**
 * Each Kaitai layer adapter alone, over bytes that start with that layer: the entry points
 * of the per-parser fuzz targets. Unlike {@link KaitaiFamily#dissect}, nothing is caught
 * here: an exception out of an adapter or the generated code is exactly what a fuzz
 * target must see.
 */
public final class KaitaiLayers {
    private KaitaiLayers() {}

    public static Dissection ethernet(byte[] b) {
        return run(b, c -> LinkLayers.ethernet(c, b.length));
    }

    public static Dissection sll(byte[] b, boolean v2) {
        return run(b, c -> LinkLayers.sll(c, b.length, v2));
    }

    public static Dissection arp(byte[] b) {
        return run(b, c -> LinkLayers.arp(c, 0, b.length));
    }

    public static Dissection ipv4(byte[] b) {
        return run(b, c -> Ipv4Layer.read(c, 0, b.length));
    }

    public static Dissection ipv6(byte[] b) {
        return run(b, c -> Ipv6Layer.read(c, 0, b.length));
    }

    public static Dissection icmpv4(byte[] b, boolean verifyChecksum) {
        return run(b, c -> Icmpv4Layer.read(c, 0, b.length, verifyChecksum));
    }

    /** {@code pseudoSum}: the IPv6 pseudo-header sum without the length, or {@code Checksums.UNVERIFIABLE}. */
    public static Dissection icmpv6(byte[] b, long pseudoSum) {
        return run(b, c -> Icmpv6Layer.read(c, 0, b.length, pseudoSum));
    }

    public static Dissection igmp(byte[] b, boolean verifyChecksum) {
        return run(b, c -> IgmpLayer.read(c, 0, b.length, verifyChecksum));
    }

    public static Dissection tcp(byte[] b, long pseudoSum) {
        return run(b, c -> TransportLayers.tcp(c, 0, b.length, pseudoSum));
    }

    public static Dissection udp(byte[] b, long pseudoSum, boolean overIpv6) {
        return run(b, c -> TransportLayers.udp(c, 0, b.length, pseudoSum, overIpv6));
    }

    public static Dissection dhcp(byte[] b) {
        return run(b, c -> DhcpLayer.read(c, 0, b.length));
    }

    public static Dissection dns(byte[] b) {
        return run(b, c -> DnsLayer.read(c, 0, b.length));
    }

    private static Dissection run(byte[] b, Consumer<Ctx> layer) {
        DissectionBuilder out = new DissectionBuilder();
        Problems problems = new Problems();
        layer.accept(new Ctx(b, out, problems));
        for (int i = 0; i < problems.size(); i++) {
            out.malformation(problems.get(i));
        }
        return out.build("kaitai", 1);
    }
}
