package dev.wirecheck.live.replay;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is who in a capture: the device under test (the station that answers: echo replies,
 * SYN-ACKs, resets, ICMP errors, datagrams from a service port), the peers talking to it,
 * and the IP addresses each used. The stimuli are the peers' frames to the device (unicast
 * to it, or broadcast/multicast).
 */
public final class CaptureRoles {
    private final MacAddress dut;
    private final Set<InetAddress> dutAddresses = new LinkedHashSet<>();
    private final Set<MacAddress> peerMacs = new LinkedHashSet<>();
    private final Set<InetAddress> peerAddresses = new LinkedHashSet<>();
    private final List<Frame> stimuli = new ArrayList<>();
    private final List<Frame> dutFrames = new ArrayList<>();

    private CaptureRoles(MacAddress dut, List<Frame> frames) {
        this.dut = dut;
        for (Frame f : frames) {
            byte[] b = f.data();
            if (b.length < Layout.ETH_HEADER) {
                continue;
            }
            MacAddress src = MacAddress.of(b, 6), dst = MacAddress.of(b, 0);
            Layout l = Layout.of(b);
            if (src.equals(dut)) {
                dutFrames.add(f);
                addSource(dutAddresses, b, l);
                addArpAddress(dutAddresses, b, l, 14);
            } else if (dst.equals(dut) || dst.isMulticast()) {
                stimuli.add(f);
                peerMacs.add(src);
                if (dst.equals(dut)) {
                    addSource(peerAddresses, b, l);
                    addAddress(dutAddresses, b, l, l.dstAt());
                    addArpAddress(peerAddresses, b, l, 14);
                    addArpAddress(dutAddresses, b, l, 24);
                }
            }
        }
    }

    /** Roles with the device given ({@code dut}) or, when null, recognised from its answers. */
    public static CaptureRoles of(List<Frame> frames, MacAddress dut) {
        return new CaptureRoles(dut != null ? dut : recogniseDevice(frames), frames);
    }

    private static void addSource(Set<InetAddress> into, byte[] b, Layout l) {
        addAddress(into, b, l, l.srcAt());
    }

    /** The sender (offset 14) or target (24) protocol address of an ARP packet, unless 0.0.0.0. */
    private static void addArpAddress(Set<InetAddress> into, byte[] b, Layout l, int offset) {
        if (l.isArp() && Bytes.u16(b, l.netAt() + 2) == Layout.IPV4) {
            int at = l.netAt() + offset;
            if ((b[at] | b[at + 1] | b[at + 2] | b[at + 3]) != 0) {
                into.add(IpAddresses.v4(b, at));
            }
        }
    }

    /** Adds the unicast address at {@code at} of an IP frame (not the unspecified address). */
    private static void addAddress(Set<InetAddress> into, byte[] b, Layout l, int at) {
        if (l.isIpv4() || l.isIpv6()) {
            boolean unspecified = true;
            for (int i = 0; i < l.addressLength(); i++) {
                unspecified &= b[at + i] == 0;
            }
            boolean multicast = l.isIpv4() ? (b[at] & 0xf0) == 0xe0 || (b[at] & 0xff) == 0xff : (b[at] & 0xff) == 0xff;
            if (!unspecified && !multicast) {
                into.add(l.isIpv4() ? IpAddresses.v4(b, at) : IpAddresses.v6(b, at));
            }
        }
    }

    /** The source MAC with the most answer-like frames; throws when no frame looks like an answer. */
    static MacAddress recogniseDevice(List<Frame> frames) {
        Map<MacAddress, Integer> score = new HashMap<>();
        for (Frame f : frames) {
            byte[] b = f.data();
            if (b.length >= Layout.ETH_HEADER && isAnswer(b, Layout.of(b))) {
                score.merge(MacAddress.of(b, 6), 1, Integer::sum);
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot tell the device from its peers (no echo reply, SYN-ACK, reset, ICMP error or service"
                                + " reply in the capture): name it with --capture-dut-mac"));
    }

    private static boolean isAnswer(byte[] b, Layout l) {
        if (l.has(Layout.ICMP, 1)) {
            int type = Bytes.u8(b, l.l4At());
            return type == 0 || type == 3;
        }
        if (l.has(Layout.ICMPV6, 1)) {
            int type = Bytes.u8(b, l.l4At());
            return type == 129 || type == 1;
        }
        if (l.has(Layout.TCP, 14)) {
            int flags = Bytes.u8(b, l.l4At() + 13);
            return (flags & 0x12) == 0x12 || (flags & 0x04) != 0;
        }
        if (l.has(Layout.UDP, 4)) {
            return Bytes.u16(b, l.l4At()) < 1024 && Bytes.u16(b, l.l4At() + 2) >= 1024;
        }
        return false;
    }

    public MacAddress dut() {
        return dut;
    }

    public Set<InetAddress> dutAddresses() {
        return dutAddresses;
    }

    public Set<MacAddress> peerMacs() {
        return peerMacs;
    }

    public Set<InetAddress> peerAddresses() {
        return peerAddresses;
    }

    /** The peers' frames to the device, in capture order. */
    public List<Frame> stimuli() {
        return stimuli;
    }

    /** The device's own frames, in capture order. */
    public List<Frame> dutFrames() {
        return dutFrames;
    }
}
