package dev.wirecheck.live.replay;

import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a replay will send: the capture's stimuli, the address map from the captured
 * device and peer to the live ones, and the captured TCP connections to follow.
 */
public final class ReplayPlan {
    private final CaptureRoles roles;
    private final AddressMap map = new AddressMap();
    private final List<InetAddress> livePeerAddresses = new ArrayList<>();
    private final TcpSessions tcp = new TcpSessions();
    private final ReplayOptions options;

    public ReplayPlan(List<Frame> capture, ReplayOptions options) {
        for (Frame f : capture) {
            if (f.linkTypeNumber() != 1) {
                throw new IllegalArgumentException("frame " + f.number() + " is not Ethernet (link type "
                        + f.linkTypeNumber() + "): only Ethernet captures can be replayed");
            }
        }
        this.options = options;
        this.roles = CaptureRoles.of(capture, options.captureDutMac());
        map.mac(roles.dut(), options.dutMac());
        for (MacAddress peer : roles.peerMacs()) {
            map.mac(peer, options.peerMac());
        }
        for (InetAddress a : roles.peerAddresses()) {
            InetAddress to = replacement(a, options.peerIps(), options.peerMac()).orElse(a);
            map.ip(a, to);
            livePeerAddresses.add(to);
        }
        // the device's mappings last: where a derived solicited-node group of the device and of
        // the peer coincide (same low 24 bits), stimuli mean the device's
        for (InetAddress a : roles.dutAddresses()) {
            replacement(a, options.dutIps(), options.dutMac()).ifPresent(to -> map.ip(a, to));
        }
        for (InetAddress extra : options.peerIps()) {
            if (!livePeerAddresses.contains(extra)) {
                livePeerAddresses.add(extra);
            }
        }
        for (Frame f : roles.dutFrames()) {
            tcp.learnCaptured(f.data());
        }
    }

    /** The given address of the same family and scope, or for IPv6 link-local the EUI-64 address of {@code mac}. */
    static Optional<InetAddress> replacement(InetAddress captured, Collection<InetAddress> given, MacAddress mac) {
        for (InetAddress g : given) {
            if (g.getClass() == captured.getClass() && g.isLinkLocalAddress() == captured.isLinkLocalAddress()) {
                return Optional.of(g);
            }
        }
        if (captured instanceof Inet6Address && captured.isLinkLocalAddress()) {
            return Optional.of(AddressMap.linkLocal(mac));
        }
        return Optional.empty();
    }

    public CaptureRoles roles() {
        return roles;
    }

    public AddressMap addressMap() {
        return map;
    }

    public TcpSessions tcp() {
        return tcp;
    }

    public ReplayOptions options() {
        return options;
    }

    /** The addresses the replayer answers ARP and NDP for on the live link. */
    public List<InetAddress> livePeerAddresses() {
        return livePeerAddresses;
    }
}
