package dev.wirecheck.live.fuzz;

import dev.wirecheck.wire.MacAddress;

import java.net.Inet4Address;
import java.net.Inet6Address;

/**
 * The two ends of a live fuzzing session: the device, and the peer the fuzzer plays.
 * Addresses are never mutated, so every frame stays between these two stations.
 */
public record Station(MacAddress peerMac, Inet4Address peerIpv4, Inet6Address peerIpv6,
                      MacAddress dutMac, Inet4Address dutIpv4, Inet6Address dutIpv6) {
}
