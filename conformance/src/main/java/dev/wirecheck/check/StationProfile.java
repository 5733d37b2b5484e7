package dev.wirecheck.check;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.stack.DutAddresses;
import dev.wirecheck.stack.Net;
import dev.wirecheck.wire.Bytes;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a capture shows of one station (one MAC address) that the check needs if it is the DUT:
 * the addresses it sends from and since when it owns each, the addresses its peers send to its
 * MAC, and whether it was seen booting.
 */
final class StationProfile {
    /** RFC 4861 §10 RetransTimer default: DAD waits this long after its last solicitation. */
    static final long DAD_WAIT = 1_000_000_000L;

    final long mac;
    private final Map<Integer, Long> firstUseV4 = new LinkedHashMap<>();
    // keyed by the address's two halves, not its text: this runs for every frame of the capture
    private final Map<V6, long[]> v6 = new LinkedHashMap<>(); // address -> {hi, lo, firstUse, dadTime}
    private final Set<Integer> probed = new HashSet<>();
    private boolean discoverBeforeUse;
    private boolean boot;
    private final Set<Integer> toDutV4 = new LinkedHashSet<>();
    private final Map<V6, long[]> toDutV6 = new LinkedHashMap<>();
    // the last IPv4 source it sent from and the last destination its peers sent to it: a frame with
    // the same address as the one before needs no boxing and no lookup
    private int lastSource;
    private int lastDestination;

    StationProfile(long mac) {
        this.mac = mac;
    }

    /** A frame this station sent. */
    void sent(DecodedFrame f, long t) {
        byte[] b = f.bytes();
        if (Dhcp.messageType(f) == Dhcp.DISCOVER && firstUseV4.isEmpty()) {
            discoverBeforeUse = true;
            boot = true;
        }
        Arp arp = f.arp();
        if (arp != null && arp.isEthernetIpv4()) {
            int sender = (int) Bytes.u32(b, arp.senderProtoOffset());
            if (sender == 0) {
                probed.add((int) Bytes.u32(b, arp.targetProtoOffset()));
            } else {
                firstUseV4.putIfAbsent(sender, t);
            }
        }
        if (f.ipv4() != null && f.ipv4().src() != 0 && f.ipv4().src() != lastSource) {
            firstUseV4.putIfAbsent(f.ipv4().src(), t);
            lastSource = f.ipv4().src();
        }
        if (f.ipv6() != null) {
            int src = f.ipv6().srcOffset();
            Icmpv6 m = f.icmpv6();
            if (Net.v6Unspecified(b, src)) {
                if (m != null && m.complete() && m.type() == Icmpv6.NEIGHBOR_SOLICITATION) {
                    int tgt = m.targetOffset();
                    long[] e = v6.computeIfAbsent(V6.at(b, tgt),
                            k -> new long[]{k.hi(), k.lo(), Long.MAX_VALUE, Long.MAX_VALUE});
                    e[3] = Math.min(e[3], t);
                    boot = true;
                }
            } else if (!Net.v6Multicast(b, src)) {
                long[] e = v6.computeIfAbsent(V6.at(b, src),
                        k -> new long[]{k.hi(), k.lo(), Long.MAX_VALUE, Long.MAX_VALUE});
                e[2] = Math.min(e[2], t);
            }
        }
    }

    /** A frame another station sent to this one's MAC: its unicast IP destination is this station's. */
    void addressedBy(DecodedFrame f) {
        if (Dhcp.messageType(f) >= 0) {
            return;
        }
        int dst = f.ipv4() != null ? f.ipv4().dst() : 0;
        if (f.ipv4() != null && !Net.v4Multicast(dst) && dst != -1 && dst != 0) {
            if (dst != lastDestination) {
                toDutV4.add(dst);
                lastDestination = dst;
            }
        } else if (f.ipv6() != null && !f.ipv6().dstIsMulticast()) {
            toDutV6.computeIfAbsent(V6.at(f.bytes(), f.ipv6().dstOffset()), k -> new long[]{k.hi(), k.lo()});
        }
    }

    /** The DUT this station is, with when it came to own each address. */
    DutProfile profile(DutIdentity.How how, String why) {
        DutAddresses addresses = new DutAddresses();
        for (Map.Entry<Integer, Long> e : firstUseV4.entrySet()) {
            boolean acquired = discoverBeforeUse || probed.contains(e.getKey());
            addresses.addV4(e.getKey(), acquired ? e.getValue() : Long.MIN_VALUE);
        }
        for (long[] e : v6.values()) {
            long from;
            if (e[3] == Long.MAX_VALUE) {
                from = e[2] < Long.MAX_VALUE ? Long.MIN_VALUE : Long.MAX_VALUE;
            } else {
                from = Math.min(e[2], e[3] + DAD_WAIT);
            }
            addresses.addV6(e[0], e[1], from);
        }
        // a DUT that never speaks in the capture still owns what its peers send to its MAC
        for (int a : toDutV4) {
            if (!addresses.isV4(a)) {
                addresses.addV4(a, Long.MIN_VALUE);
            }
        }
        for (long[] e : toDutV6.values()) {
            if (!v6.containsKey(new V6(e[0], e[1]))) {
                addresses.addV6(e[0], e[1], Long.MIN_VALUE);
            }
        }
        return new DutProfile(mac, addresses, boot, how, why);
    }

    /** An IPv6 address as its two 64-bit halves, a map key cheaper to make than its text. */
    private record V6(long hi, long lo) {
        static V6 at(byte[] b, int at) {
            return new V6(Net.hi(b, at), Net.lo(b, at));
        }
    }
}
