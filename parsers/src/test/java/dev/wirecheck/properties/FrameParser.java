package dev.wirecheck.properties;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.HeaderRepr;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.parsers.hand.Vlan;
import dev.wirecheck.parsers.hand.VlanRepr;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Octets;

import java.util.ArrayList;
import java.util.List;

/**
 * The "parse" half of the round trips: dissects a frame with the hand-written
 * {@link Dissector} and turns each view it read back into its record, plus the bytes
 * after the last header (application payload, or the middle of a datagram after a later
 * fragment). The padding after the IP packet is the part that is not payload.
 */
public final class FrameParser {
    private final Dissector dissector = new Dissector();

    public GeneratedFrame parse(byte[] bytes) {
        DecodedFrame d = dissector.dissect(Frame.ethernet(bytes, 0, 1));
        List<HeaderRepr> headers = new ArrayList<>();
        Octets payload = Octets.EMPTY;
        if (d.ethernet() != null) {
            headers.add(d.ethernet().toRepr());
        }
        for (int i = 0; i < d.vlanCount(); i++) {
            Vlan v = d.vlan(i);
            headers.add(new VlanRepr(v.priority(), v.dropEligible(), v.id(), v.type()));
        }
        if (d.arp() != null) {
            headers.add(d.arp().toRepr());
        }
        Ipv4 v4 = d.ipv4();
        if (v4 != null) {
            headers.add(v4.toRepr());
            if (v4.fragmentOffset() != 0) {
                payload = Octets.of(bytes, v4.payloadOffset(), v4.payloadLength());
            }
        }
        Ipv6 v6 = d.ipv6();
        if (v6 != null) {
            headers.add(v6.toRepr());
            if (!v6.upperLayerPresent()) {
                payload = Octets.of(bytes, v6.upperOffset(), v6.upperLength());
            }
        }
        if (d.icmpv4() != null) {
            headers.add(d.icmpv4().toRepr());
        }
        if (d.icmpv6() != null) {
            headers.add(d.icmpv6().toRepr());
        }
        if (d.igmp() != null) {
            headers.add(d.igmp().toRepr());
        }
        if (d.tcp() != null) {
            headers.add(d.tcp().toRepr());
        }
        if (d.udp() != null) {
            headers.add(d.udp().toRepr());
        }
        if (d.payloadOffset() >= 0) {
            payload = Octets.of(bytes, d.payloadOffset(), d.payloadLength());
        }
        return new GeneratedFrame(headers, payload, bytes.length);
    }
}
