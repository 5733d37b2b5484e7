package dev.wirecheck.live.replay;

import dev.wirecheck.wire.MacAddress;

import java.net.InetAddress;
import java.util.List;

/**
 * How to replay a capture on a live link.
 *
 * @param dutMac         the live device's MAC
 * @param dutIps         the live device's addresses (each replaces the captured device's
 *                       address of the same family and scope; an IPv6 link-local one
 *                       defaults to the EUI-64 address of {@code dutMac})
 * @param peerMac        the MAC the replayer sends from (a station of its own on the link)
 * @param peerIps        the replayer's addresses, likewise (default: the captured peer's,
 *                       link-local from {@code peerMac}); must not belong to a host on the
 *                       link, or that host's stack answers the device too (e.g. resets)
 * @param captureDutMac  the device in the capture, or null to recognise it from its answers
 * @param fast           send back to back instead of at the captured pacing
 * @param lingerMs       how long to keep capturing after the last stimulus
 * @param tcpPatienceMs  how long a TCP stimulus waits for the live device to reach the
 *                       point of the connection it acknowledges
 */
public record ReplayOptions(MacAddress dutMac, List<InetAddress> dutIps, MacAddress peerMac, List<InetAddress> peerIps,
                            MacAddress captureDutMac, boolean fast, long lingerMs, long tcpPatienceMs) {
    /** A locally administered address (RFC 7042 §2.1) for the replayer's own station. */
    public static final MacAddress DEFAULT_PEER_MAC = MacAddress.parse("02:77:63:00:00:01");

    public ReplayOptions {
        dutIps = List.copyOf(dutIps);
        peerIps = List.copyOf(peerIps);
    }
}
