package dev.wirecheck.fuzz;

import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.parsers.hand.Udp;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.LinkType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * What part of a captured frame seeds a target (for {@code wirecheck import}): the whole
 * frame for the dissectors, the bytes from a layer's header to the end of what its IP
 * datagram carries for a layer target, the UDP payload for DNS and DHCP. Null when the
 * frame does not concern the target.
 */
@FunctionalInterface
public interface SeedSource {

    /** {@code decoded} is the hand-written dissector's reading of {@code frame}. */
    byte[] seed(Frame frame, DecodedFrame decoded);

    /** A target whose inputs are not bytes of a frame (the round trips): nothing to import. */
    SeedSource NONE = (frame, decoded) -> null;

    /** An Ethernet frame, whole. */
    SeedSource ETHERNET_FRAME = (frame, decoded) -> frame.linkType() == LinkType.EN10MB ? frame.data() : null;

    /** A Linux cooked-capture frame, whole. */
    SeedSource SLL_FRAME = (frame, decoded) ->
            frame.linkType() == LinkType.LINUX_SLL || frame.linkType() == LinkType.LINUX_SLL2 ? frame.data() : null;

    /** The frame as a one-frame pcap file, for the capture reader. */
    SeedSource CAPTURE_FILE = (frame, decoded) -> pcapOf(java.util.List.of(frame));

    /** Frames of one link type as a pcap file (nanosecond timestamps), in memory. */
    static byte[] pcapOf(java.util.List<Frame> frames) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(bytes, frames.get(0).linkTypeNumber(), true)) {
            for (Frame f : frames) {
                w.write(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Runs of consecutive frames as pcap files, for the targets that read whole captures: not
     * made frame by frame (this gives nothing for one frame) but by {@link Corpus#importCapture},
     * which cuts each capture into runs ({@link CaptureRuns}).
     */
    SeedSource CAPTURE_RUN = (frame, decoded) -> null;

    /** From the start of the first layer of that kind. */
    static SeedSource layer(Kind kind) {
        return (frame, decoded) -> {
            if (!decoded.has(kind)) {
                return null;
            }
            int at = switch (kind) {
                case ETHERNET -> decoded.ethernet().offset();
                case VLAN -> decoded.vlan(0).offset();
                case ARP -> decoded.arp().offset();
                case IPV4 -> decoded.ipv4().offset();
                case IPV6 -> decoded.ipv6().offset();
                case ICMPV4 -> decoded.icmpv4().offset();
                case ICMPV6 -> decoded.icmpv6().offset();
                case IGMP -> decoded.igmp().offset();
                case TCP -> decoded.tcp().offset();
                case UDP -> decoded.udp().offset();
                default -> throw new IllegalArgumentException("no seeds from " + kind);
            };
            return slice(frame, decoded, at);
        };
    }

    /** ICMPv6 messages of one of these types (NDP, MLD). */
    static SeedSource icmpv6Types(int... types) {
        SeedSource icmpv6 = layer(Kind.ICMPV6);
        return (frame, decoded) -> {
            Icmpv6 m = decoded.icmpv6();
            return m != null && Arrays.stream(types).anyMatch(t -> t == m.type()) ? icmpv6.seed(frame, decoded) : null;
        };
    }

    /** The payload of a UDP datagram to or from one of these ports. */
    static SeedSource udpPayload(int... ports) {
        return (frame, decoded) -> {
            Udp u = decoded.udp();
            if (u == null || decoded.payloadLength() <= 0
                    || Arrays.stream(ports).noneMatch(p -> p == u.srcPort() || p == u.dstPort())) {
                return null;
            }
            int at = decoded.payloadOffset();
            return Arrays.copyOfRange(frame.data(), at, at + decoded.payloadLength());
        };
    }

    /** From {@code at} to the end of what the enclosing IP datagram carries (Ethernet padding left out). */
    private static byte[] slice(Frame frame, DecodedFrame decoded, int at) {
        int end = frame.length();
        Ipv4 v4 = decoded.ipv4();
        Ipv6 v6 = decoded.ipv6();
        if (v4 != null && at >= v4.payloadOffset()) {
            end = v4.payloadOffset() + v4.payloadLength();
        } else if (v6 != null && at >= v6.upperOffset()) {
            end = v6.upperOffset() + v6.upperLength();
        }
        return Arrays.copyOfRange(frame.data(), at, Math.max(at, Math.min(end, frame.length())));
    }
}
