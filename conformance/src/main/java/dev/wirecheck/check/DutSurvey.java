package dev.wirecheck.check;

import dev.wirecheck.parsers.hand.Arp;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.stack.DutAddresses;
import dev.wirecheck.stack.Net;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The walk before the check: finds the DUT (named by MAC or IP, else the station that sends
 * DHCPDISCOVER, else the one that answers the most requests) and the addresses it owns, with
 * when it came to own them.
 *
 * <p>It reads frames with {@link Dissector#structureOnly()}: it looks only at layers, addresses
 * and message types, never at malformations, so it need not sum any checksum (that was two
 * thirds of its time on full-size segments; the check's own walk verifies every one).
 */
public final class DutSurvey {
    /** RFC 4861 §10 RetransTimer default: DAD waits this long after its last solicitation. */
    static final long DAD_WAIT = 1_000_000_000L;

    private DutSurvey() {
    }

    public static DutProfile survey(FrameSource frames, String dutMac, String dutIp) throws IOException {
        if (dutMac != null) {
            long mac = MacAddress.parse(dutMac).bits();
            return profile(frames, mac, DutIdentity.How.GIVEN_MAC, "given with --dut-mac");
        }
        if (dutIp != null) {
            InetAddress ip = IpAddresses.parse(dutIp);
            long mac = macOfIp(frames, ip.getAddress());
            if (mac < 0) {
                DutAddresses only = new DutAddresses();
                byte[] a = ip.getAddress();
                if (ip instanceof Inet4Address) {
                    only.addV4((int) Bytes.u32(a, 0), Long.MIN_VALUE);
                } else {
                    only.addV6(Net.hi(a, 0), Net.lo(a, 0), Long.MIN_VALUE);
                }
                return new DutProfile(-1, only, false, DutIdentity.How.GIVEN_IP,
                        "given with --dut-ip; no frame from " + dutIp + " names its MAC");
            }
            return profile(frames, mac, DutIdentity.How.GIVEN_IP, "given with --dut-ip " + dutIp);
        }
        Dissector d = Dissector.structureOnly();
        long[] discover = {-1, -1};
        Map<Long, Integer> answers = new HashMap<>();
        frames.forEach(frame -> {
            DecodedFrame f = d.dissect(frame);
            if (f.ethernet() == null) {
                return;
            }
            long src = Net.mac(f.bytes(), f.ethernet().srcOffset());
            if (discover[0] < 0 && Dhcp.messageType(f) == Dhcp.DISCOVER && Dhcp.fromClient(f)) {
                discover[0] = src;
                discover[1] = frame.number();
            }
            if (isAnswer(f)) {
                answers.merge(src, 1, Integer::sum);
            }
        });
        if (discover[0] >= 0) {
            return profile(frames, discover[0], DutIdentity.How.DHCP_DISCOVER,
                    "inferred: it sent the DHCPDISCOVER in frame " + discover[1]);
        }
        long best = -1;
        int most = 0;
        for (Map.Entry<Long, Integer> e : answers.entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && e.getKey() < best)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        if (best < 0) {
            return new DutProfile(-1, new DutAddresses(), false, DutIdentity.How.UNKNOWN,
                    "no station sends DHCPDISCOVER or answers a request; name the DUT with --dut-mac or --dut-ip");
        }
        return profile(frames, best, DutIdentity.How.MOST_ANSWERS,
                "inferred: it answered the most requests (" + most + (most == 1 ? " answer)" : " answers)"));
    }

    /** ARP replies, echo replies, neighbour advertisements, SYN-ACKs, resets and ICMP errors. */
    private static boolean isAnswer(DecodedFrame f) {
        Arp arp = f.arp();
        if (arp != null) {
            return arp.opcode() == Arp.REPLY;
        }
        Icmpv4 i4 = f.icmpv4();
        if (i4 != null) {
            return i4.type() == Icmpv4.ECHO_REPLY || i4.isError();
        }
        Icmpv6 i6 = f.icmpv6();
        if (i6 != null) {
            return i6.type() == Icmpv6.ECHO_REPLY || i6.type() == Icmpv6.NEIGHBOR_ADVERTISEMENT || i6.quotesPacket();
        }
        Tcp t = f.tcp();
        return t != null && ((t.flags() & 0x12) == 0x12 || (t.flags() & 0x04) != 0);
    }

    private static long macOfIp(FrameSource frames, byte[] ip) throws IOException {
        Dissector d = Dissector.structureOnly();
        long[] found = {-1};
        frames.forEach(frame -> {
            if (found[0] >= 0) {
                return;
            }
            DecodedFrame f = d.dissect(frame);
            if (f.ethernet() == null) {
                return;
            }
            byte[] b = f.bytes();
            boolean match = false;
            if (ip.length == 4 && f.ipv4() != null) {
                match = Bytes.equal(b, f.ipv4().srcOffset(), ip, 0, 4);
            } else if (ip.length == 4 && f.arp() != null && f.arp().isEthernetIpv4()) {
                match = Bytes.equal(b, f.arp().senderProtoOffset(), ip, 0, 4);
            } else if (ip.length == 16 && f.ipv6() != null) {
                match = Bytes.equal(b, f.ipv6().srcOffset(), ip, 0, 16);
            }
            if (match) {
                found[0] = Net.mac(b, f.ethernet().srcOffset());
            }
        });
        return found[0];
    }

    /** Collects the addresses the DUT with this MAC uses, and when it came to own each. */
    static DutProfile profile(FrameSource frames, long mac, DutIdentity.How how, String why) throws IOException {
        Dissector d = Dissector.structureOnly();
        Map<Integer, Long> firstUseV4 = new LinkedHashMap<>();
        // keyed by the address's two halves, not its text: this runs for every frame of the capture
        Map<V6, long[]> v6 = new LinkedHashMap<>(); // address -> {hi, lo, firstUse, dadTime}
        java.util.Set<Integer> probed = new java.util.HashSet<>();
        boolean[] discoverBeforeUse = {false};
        boolean[] boot = {false};
        java.util.Set<Integer> toDutV4 = new java.util.LinkedHashSet<>();
        Map<V6, long[]> toDutV6 = new LinkedHashMap<>();
        int[] lastV4 = {0, 0}; // the DUT's last IPv4 source, a peer's last IPv4 destination at the DUT
        frames.forEach(frame -> {
            DecodedFrame f = d.dissect(frame);
            if (f.ethernet() == null) {
                return;
            }
            if (Net.mac(f.bytes(), f.ethernet().srcOffset()) != mac) {
                noteDestination(f, mac, toDutV4, toDutV6, lastV4);
                return;
            }
            long t = frame.timestampNanos();
            byte[] b = f.bytes();
            if (Dhcp.messageType(f) == Dhcp.DISCOVER && firstUseV4.isEmpty()) {
                discoverBeforeUse[0] = true;
                boot[0] = true;
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
            if (f.ipv4() != null && f.ipv4().src() != 0 && f.ipv4().src() != lastV4[0]) {
                // the same source as the frame before is already known: no boxing for every frame
                firstUseV4.putIfAbsent(f.ipv4().src(), t);
                lastV4[0] = f.ipv4().src();
            }
            if (f.ipv6() != null) {
                int src = f.ipv6().srcOffset();
                Icmpv6 m = f.icmpv6();
                if (Net.v6Unspecified(b, src)) {
                    if (m != null && m.complete() && m.type() == Icmpv6.NEIGHBOR_SOLICITATION) {
                        int tgt = m.targetOffset();
                        long[] e = v6.computeIfAbsent(V6.at(b, tgt),
                                k -> new long[]{Net.hi(b, tgt), Net.lo(b, tgt), Long.MAX_VALUE, Long.MAX_VALUE});
                        e[3] = Math.min(e[3], t);
                        boot[0] = true;
                    }
                } else if (!Net.v6Multicast(b, src)) {
                    long[] e = v6.computeIfAbsent(V6.at(b, src),
                            k -> new long[]{Net.hi(b, src), Net.lo(b, src), Long.MAX_VALUE, Long.MAX_VALUE});
                    e[2] = Math.min(e[2], t);
                }
            }
        });
        DutAddresses addresses = new DutAddresses();
        for (Map.Entry<Integer, Long> e : firstUseV4.entrySet()) {
            boolean acquired = discoverBeforeUse[0] || probed.contains(e.getKey());
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
        return new DutProfile(mac, addresses, boot[0], how, why);
    }

    /** Unicast IP destinations of peer frames sent to the DUT's MAC. */
    private static void noteDestination(DecodedFrame f, long mac, java.util.Set<Integer> v4, Map<V6, long[]> v6,
                                        int[] last) {
        byte[] b = f.bytes();
        if (Net.mac(b, f.ethernet().dstOffset()) != mac || Dhcp.messageType(f) >= 0) {
            return;
        }
        if (f.ipv4() != null && !Net.v4Multicast(f.ipv4().dst()) && f.ipv4().dst() != -1 && f.ipv4().dst() != 0) {
            if (f.ipv4().dst() != last[1]) {
                v4.add(f.ipv4().dst());
                last[1] = f.ipv4().dst();
            }
        } else if (f.ipv6() != null && !f.ipv6().dstIsMulticast()) {
            int at = f.ipv6().dstOffset();
            v6.computeIfAbsent(V6.at(b, at), k -> new long[]{k.hi(), k.lo()});
        }
    }

    /** An IPv6 address as its two 64-bit halves, a map key cheaper to make than its text. */
    private record V6(long hi, long lo) {
        static V6 at(byte[] b, int at) {
            return new V6(Net.hi(b, at), Net.lo(b, at));
        }
    }
}
