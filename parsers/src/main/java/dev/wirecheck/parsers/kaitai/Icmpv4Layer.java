package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.Icmpv4;
import dev.wirecheck.parsers.kaitai.gen.Icmpv4Packet;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.DissectionBuilder;

/** ICMP for IPv4 from {@code icmpv4_packet}. */
final class Icmpv4Layer {
    private Icmpv4Layer() {}

    /** Emits the layer; returns the parsed message (its body is the quote of an error), or null. */
    static Icmpv4Packet read(Ctx c, int at, int length, boolean verify) {
        Icmpv4Packet icmp = Region.parse(c.b, at, length, Icmpv4Packet::new, c.problems, "icmp",
                Icmpv4.TRUNCATED_HEADER, "ICMP header");
        if (icmp == null) {
            return null;
        }
        int type = icmp.icmpType();
        if (verify && !Checksum.verifies(c.b, at, length)) {
            c.problems.add("icmp", at + 2, Icmpv4.BAD_CHECKSUM_VALUE,
                    String.format("ICMP checksum 0x%04x does not verify", icmp.checksum()));
        }
        if (icmp.isError() && verify && length < 8 + 20 + 8) {
            c.problems.add("icmp", at + 8, Icmpv4.QUOTE_TOO_SHORT, "an ICMP error quotes the IP header and 8 bytes"
                    + " of the datagram (RFC 792), this one has " + (length - 8) + " bytes");
        }
        boolean timestamp = type == Icmpv4.TIMESTAMP || type == Icmpv4.TIMESTAMP_REPLY;
        if (timestamp && icmp.timestamps() == null) {
            c.problems.add("icmp", at, Icmpv4.TIMESTAMP_LENGTH, "timestamp message needs 20 bytes (RFC 792), has " + length);
        }
        DissectionBuilder out = c.out;
        out.layer("icmp", at, 8);
        out.dec("icmp.type", type, at, 1);
        out.dec("icmp.code", icmp.code(), at + 1, 1);
        out.hex("icmp.checksum", icmp.checksum(), at + 2, 2);
        Object rest = icmp.rest();
        if (rest instanceof Icmpv4Packet.EchoRest echo) {
            out.hex("icmp.ident", echo.identifier(), at + 4, 2);
            out.dec("icmp.seq", echo.sequence(), at + 6, 2);
            if (icmp.timestamps() != null) {
                out.dec("icmp.originate_timestamp", icmp.timestamps().originate(), at + 8, 4);
                out.dec("icmp.receive_timestamp", icmp.timestamps().receive(), at + 12, 4);
                out.dec("icmp.transmit_timestamp", icmp.timestamps().transmit(), at + 16, 4);
            }
        } else if (rest instanceof Icmpv4Packet.UnreachableRest unreachable) {
            if (icmp.code() == 4) {
                out.dec("icmp.mtu", unreachable.nextHopMtu(), at + 6, 2);
            }
        } else if (rest instanceof Icmpv4Packet.RedirectRest redirect) {
            out.add(Fields.ipv4("icmp.redir_gw", redirect.gateway(), at + 4));
        } else if (rest instanceof Icmpv4Packet.ParameterProblemRest problem) {
            out.dec("icmp.pointer", problem.pointer(), at + 4, 1);
        }
        return icmp;
    }
}
