package dev.wirecheck.fuzz;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.Dhcp;
import dev.wirecheck.parsers.hand.Dns;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.Ethernet;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Igmp;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.parsers.hand.LinuxSll;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.parsers.hand.Udp;
import dev.wirecheck.parsers.hand.Vlan;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Problems;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The bodies of the hand-written parser targets: each view reads the input as its own
 * header, names its fields, and, when it found nothing wrong, turns itself into its
 * {@code …Repr} (which validates its ranges). A view is reused per thread, as the
 * dissector reuses its views.
 */
final class HandLayers {
    /** Pseudo-header sum handed to the layers that verify a checksum over one: any value exercises the check. */
    static final long LAYER_PSEUDO_SUM = 0x1_2345L;

    private static final ThreadLocal<Dissector> DISSECTORS = ThreadLocal.withInitial(Dissector::new);

    private HandLayers() {}

    /** Reads the whole input as this view's header. */
    interface Read<V> {
        boolean read(V view, byte[] b, Problems problems);
    }

    /**
     * A view's read, describe and (when nothing was wrong) toRepr over the whole input;
     * {@code toRepr} is null for the views that have no Repr.
     */
    static <V> FuzzTarget.Body view(Supplier<V> make, Read<V> read, BiConsumer<V, DissectionBuilder> describe,
                                    Consumer<V> toRepr) {
        ThreadLocal<V> views = ThreadLocal.withInitial(make);
        return input -> {
            V v = views.get();
            Problems problems = new Problems();
            DissectionBuilder out = new DissectionBuilder();
            if (read.read(v, input, problems)) {
                describe.accept(v, out);
                if (problems.isEmpty() && toRepr != null) {
                    toRepr.accept(v);
                }
            }
            for (int i = 0; i < problems.size(); i++) {
                out.malformation(problems.get(i));
            }
            Contract.check(out.build("hand", 1), input.length);
        };
    }

    static final FuzzTarget.Body ETHERNET = view(Ethernet::new, (v, b, p) -> v.read(b, 0, b.length, p),
            Ethernet::describe, Ethernet::toRepr);
    static final FuzzTarget.Body VLAN = view(Vlan::new, (v, b, p) -> v.read(b, 0, b.length, p), Vlan::describe, null);
    static final FuzzTarget.Body SLL = view(LinuxSll::new,
            (v, b, p) -> v.read(b, 0, b.length, b.length > 0 && (b[0] & 1) == 1, p), LinuxSll::describe, null);
    static final FuzzTarget.Body ARP = view(Arp::new, (v, b, p) -> v.read(b, 0, b.length, p), Arp::describe,
            Arp::toRepr);
    static final FuzzTarget.Body IPV4 = view(Ipv4::new, (v, b, p) -> v.read(b, 0, b.length, p), Ipv4::describe,
            Ipv4::toRepr);
    static final FuzzTarget.Body IPV6 = view(Ipv6::new, (v, b, p) -> v.read(b, 0, b.length, p), Ipv6::describe,
            Ipv6::toRepr);
    static final FuzzTarget.Body ICMPV4 = view(Icmpv4::new, (v, b, p) -> v.read(b, 0, b.length, true, p),
            Icmpv4::describe, Icmpv4::toRepr);
    static final FuzzTarget.Body ICMPV6 = view(Icmpv6::new, (v, b, p) -> v.read(b, 0, b.length, LAYER_PSEUDO_SUM, p),
            Icmpv6::describe, Icmpv6::toRepr);
    static final FuzzTarget.Body IGMP = view(Igmp::new, (v, b, p) -> v.read(b, 0, b.length, true, p),
            Igmp::describe, Igmp::toRepr);
    static final FuzzTarget.Body TCP = view(Tcp::new, (v, b, p) -> v.read(b, 0, b.length, LAYER_PSEUDO_SUM, p),
            Tcp::describe, Tcp::toRepr);
    static final FuzzTarget.Body DHCP = view(Dhcp::new, (v, b, p) -> v.read(b, 0, b.length, p), Dhcp::describe,
            Dhcp::toRepr);
    /**
     * The low bit of the first byte (an ID bit) picks mDNS, the next bit DNS over TCP with its
     * length prefix. No toRepr: names are rebuilt from text, so a label holding a '.' byte
     * (legal on the wire) cannot be rebuilt, by design (see Dns#toRepr).
     */
    static final FuzzTarget.Body DNS = view(Dns::new,
            (v, b, p) -> v.read(b, 0, b.length, b.length > 0 && (b[0] & 1) == 1, b.length > 0 && (b[0] & 2) != 0, p),
            Dns::describe, null);
    /** The low bit of the first byte (a source-port bit) says whether the datagram is carried by IPv6. */
    static final FuzzTarget.Body UDP = view(Udp::new,
            (v, b, p) -> v.read(b, 0, b.length, LAYER_PSEUDO_SUM, b.length > 0 && (b[0] & 1) == 1, p),
            Udp::describe, Udp::toRepr);

    /** ICMPv6 with the type forced into one of {@code types}, so the fuzzer spends its time in those bodies. */
    static FuzzTarget.Body icmpv6Of(int... types) {
        return input -> {
            if (input.length == 0) {
                ICMPV6.run(input);
                return;
            }
            byte[] b = Arrays.copyOf(input, input.length);
            b[0] = (byte) types[(b[0] & 0xff) % types.length];
            ICMPV6.run(b);
        };
    }

    static final FuzzTarget.Body NDP = icmpv6Of(Icmpv6.ROUTER_SOLICITATION, Icmpv6.ROUTER_ADVERTISEMENT,
            Icmpv6.NEIGHBOR_SOLICITATION, Icmpv6.NEIGHBOR_ADVERTISEMENT, Icmpv6.REDIRECT);
    static final FuzzTarget.Body MLD = icmpv6Of(130, 131, 132, 143);

    /** The whole hand-written dissector over an Ethernet frame, every field named. */
    static final FuzzTarget.Body DISSECTOR = input -> Contract.check(dissect(input), input.length);

    static Dissection dissect(byte[] ethernetFrame) {
        return DISSECTORS.get().dissect(Frame.ethernet(ethernetFrame, 0, 1)).toDissection();
    }
}
