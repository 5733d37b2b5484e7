package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.Checksums;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.kaitai.gen.Icmpv6Packet;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.DissectionBuilder;

/**
 * ICMPv6 from {@code icmpv6_packet}: echo and errors here, Neighbor Discovery in
 * {@link NdpFields}, MLD in {@link MldFields}.
 */
final class Icmpv6Layer {
    private Icmpv6Layer() {}

    /**
     * Emits the layer; returns the packet an error quotes as [offset, length] of the frame,
     * or null when there is none (not an error, too short, or not parsed).
     */
    static int[] read(Ctx c, int at, int length, long pseudo) {
        Icmpv6Packet icmp = Region.parse(c.b, at, length, Icmpv6Packet::new, c.problems, "icmpv6",
                Icmpv6.TRUNCATED_HEADER, "ICMPv6 header");
        if (icmp == null) {
            return null;
        }
        int type = icmp.icmpType();
        boolean verify = pseudo != Checksums.UNVERIFIABLE;
        if (verify && !Checksum.verifies(pseudo + length, c.b, at, length)) {
            c.problems.add("icmpv6", at + 2, Icmpv6.BAD_CHECKSUM_VALUE,
                    String.format("ICMPv6 checksum 0x%04x does not verify", icmp.checksum()));
        }
        DissectionBuilder out = c.out;
        out.layer("icmpv6", at, Math.min(length, 8));
        out.dec("icmpv6.type", type, at, 1);
        out.dec("icmpv6.code", icmp.code(), at + 1, 1);
        out.hex("icmpv6.checksum", icmp.checksum(), at + 2, 2);
        Object body = icmp.body();
        if (length < icmp.minLength()) {
            // A quoted message may be cut short on purpose; only a real one is malformed.
            if (verify) {
                c.problems.add("icmpv6", at, Icmpv6.MESSAGE_TOO_SHORT,
                        "ICMPv6 type " + type + " needs " + icmp.minLength() + " bytes, has " + length);
            }
            return null;
        }
        int b = at + 4;
        if (body instanceof Icmpv6Packet.EchoBody echo) {
            out.hex("icmpv6.echo.identifier", echo.identifier(), b, 2);
            out.dec("icmpv6.echo.sequence_number", echo.sequence(), b + 2, 2);
        } else if (body instanceof Icmpv6Packet.U4ErrorBody e) {
            out.dec(type == Icmpv6.PACKET_TOO_BIG ? "icmpv6.mtu" : "icmpv6.pointer", e.value(), b, 4);
            return new int[] {at + 8, length - 8};
        } else if (body instanceof Icmpv6Packet.ErrorBody e) {
            out.add(Fields.bytes("icmpv6.reserved", e.reserved(), b));
            return new int[] {at + 8, length - 8};
        } else if (body instanceof Icmpv6Packet.MldBody || body instanceof Icmpv6Packet.Mldv2Report) {
            MldFields.describe(c, body, at, length);
        } else if (body != null) {
            NdpFields.describe(c, body, at);
        }
        return null;
    }
}
