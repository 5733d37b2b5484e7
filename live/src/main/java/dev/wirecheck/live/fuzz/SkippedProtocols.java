package dev.wirecheck.live.fuzz;

import dev.wirecheck.live.replay.Layout;

import java.util.Set;

/**
 * The IP protocols a campaign does not send ({@code --skip-protocol}): a frame is skipped when
 * its IPv4 protocol, or the upper-layer header after its IPv6 extension headers, is one of
 * them (fragments included, since the device would reassemble them into the same datagram).
 * Used to fuzz past a known device bug that one protocol reaches.
 */
public record SkippedProtocols(Set<Integer> protocols) {
    public SkippedProtocols {
        protocols = Set.copyOf(protocols);
        if (protocols.stream().anyMatch(p -> p < 0 || p > 255)) {
            throw new IllegalArgumentException("--skip-protocol takes IP protocol numbers 0 to 255");
        }
    }

    public boolean skips(byte[] frame) {
        return !protocols.isEmpty() && protocols.contains(Layout.of(frame).protocol());
    }
}
