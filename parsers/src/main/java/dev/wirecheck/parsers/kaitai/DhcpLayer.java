package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.DhcpOptionFields;
import dev.wirecheck.parsers.hand.TlvFormat;
import dev.wirecheck.parsers.kaitai.gen.DhcpPacket;
import dev.wirecheck.parsers.kaitai.gen.TlvOptions;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MalformationCode;

import java.nio.charset.StandardCharsets;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_VALUE;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * DHCPv4 from {@code dhcp_packet}, with tshark's field names ({@code dhcp.*}) for the
 * BOOTP fields and the options seen from ESP32 clients and dnsmasq-like servers; other
 * options give their type, length and raw value only.
 */
final class DhcpLayer {
    static final MalformationCode TRUNCATED_MESSAGE = Code.of("dhcp", "truncated", TRUNCATED);
    static final MalformationCode BAD_COOKIE = Code.of("dhcp", "bad-magic-cookie", BAD_VALUE);
    static final MalformationCode OVERLOAD_GARBAGE = Code.of("dhcp", "overload-garbage",
            dev.wirecheck.wire.MalformationCode.Category.BAD_OPTION);
    private static final byte[] COOKIE = {99, (byte) 130, 83, 99};
    /** BOOTP fixed fields plus the magic cookie (RFC 2131 §2, §3). */
    private static final int OPTIONS = 240;

    private DhcpLayer() {}

    static void read(Ctx c, int at, int length) {
        DhcpPacket d = Region.parse(c.b, at, length, DhcpPacket::new, c.problems, "dhcp", TRUNCATED_MESSAGE,
                "BOOTP message");
        if (d == null) {
            return;
        }
        boolean cookieOk = java.util.Arrays.equals(d.cookie(), COOKIE);
        if (!cookieOk) {
            c.problems.add("dhcp", at + 236, BAD_COOKIE, "magic cookie " + Bytes.ipv4(d.cookie(), 0)
                    + " is not 99.130.83.99 (RFC 2131 §3)");
        }
        DissectionBuilder out = c.out;
        out.layer("dhcp", at, length);
        out.dec("dhcp.type", d.op(), at, 1);
        out.hex("dhcp.hw.type", d.hwType(), at + 1, 1);
        out.dec("dhcp.hw.len", d.hwLen(), at + 2, 1);
        out.dec("dhcp.hops", d.hops(), at + 3, 1);
        out.hex("dhcp.id", d.transactionId(), at + 4, 4);
        out.dec("dhcp.secs", d.secs(), at + 8, 2);
        out.hex("dhcp.flags", d.flags(), at + 10, 2);
        out.dec("dhcp.flags.bc", d.flags() >>> 15, at + 10, 2);
        out.hex("dhcp.flags.reserved", d.flags() & 0x7fff, at + 10, 2);
        out.add(Fields.ipv4("dhcp.ip.client", d.clientIp(), at + 12));
        out.add(Fields.ipv4("dhcp.ip.your", d.yourIp(), at + 16));
        out.add(Fields.ipv4("dhcp.ip.server", d.serverIp(), at + 20));
        out.add(Fields.ipv4("dhcp.ip.relay", d.relayIp(), at + 24));
        int hlen = Math.min(d.hwLen(), 16);
        if (d.hwType() == 1 && d.hwLen() == 6) {
            out.add(Fields.mac("dhcp.hw.mac_addr", d.clientHw(), at + 28));
        } else if (hlen > 0) {
            out.add(Fields.bytes("dhcp.hw.addr", java.util.Arrays.copyOf(d.clientHw(), hlen), at + 28));
        }
        if (hlen < 16) {
            out.add(Fields.bytes("dhcp.hw.addr_padding", java.util.Arrays.copyOfRange(d.clientHw(), hlen, 16),
                    at + 28 + hlen));
        }
        int overload = cookieOk ? overload(d.options()) : 0;
        // overloaded fields hold options, not names (RFC 2131 §4.1); tshark then names them so
        out.text((overload & 2) != 0 ? "dhcp.server_name_overloaded_by_dhcp" : "dhcp.server",
                (overload & 2) != 0 ? "" : cString(d.serverName()), at + 44, 64);
        out.text((overload & 1) != 0 ? "dhcp.boot_filename_overloaded_by_dhcp" : "dhcp.file",
                (overload & 1) != 0 ? "" : cString(d.bootFile()), at + 108, 128);
        out.text("dhcp.cookie", Bytes.ipv4(d.cookie(), 0), at + 236, 4);
        if (!cookieOk) {
            return;
        }
        int[] end = {at + OPTIONS};
        int[] deferredEnd = {-1};
        TlvWalk.walk(d.options(), at + OPTIONS, TlvFormat.DHCP, c.problems, (o, o_at, total) -> {
            // with overload, tshark shows this END after the options continued in file and sname
            if (overload != 0 && o.isEnd()) {
                deferredEnd[0] = o_at;
            } else {
                option(out, c.b, o, o_at, total);
            }
            end[0] = o_at + total;
        });
        int rest = at + length - end[0];
        if (rest > 0 && lastIsEnd(d.options())) {
            out.bytes("dhcp.option.padding", c.b, end[0], rest);
        }
        if ((overload & 1) != 0) {
            overloaded(c, at + 108, 128, "file");
        }
        if ((overload & 2) != 0) {
            overloaded(c, at + 44, 64, "sname");
        }
        if (deferredEnd[0] >= 0) {
            DhcpOptionFields.describe(out, c.b, deferredEnd[0], -1);
        }
    }

    /**
     * The valid value of option 52 (RFC 2132 §9.3: one byte, 1 file, 2 sname, 3 both), or 0.
     * Instances of an option are concatenated before use (RFC 3396 §7), so two instances make a
     * value of two bytes or more: invalid, as the hand family has it.
     */
    private static int overload(TlvOptions options) {
        if (options.items() == null) {
            return 0;
        }
        int value = 0;
        int instances = 0;
        for (TlvOptions.TlvOption o : options.items()) {
            if (o.kind() == 52 && o.body() instanceof byte[] v) {
                instances++;
                value = v.length == 1 && v[0] >= 1 && v[0] <= 3 ? v[0] : 0;
            }
        }
        return instances == 1 ? value : 0;
    }

    /**
     * Options continued in file or sname (RFC 2131 §4.1): they must end with END; a field
     * that does not is reported as garbage, and its options before the fault are still named.
     */
    private static void overloaded(Ctx c, int at, int length, String field) {
        TlvOptions options = Region.parse(c.b, at, length, io -> new TlvOptions(io, 67), c.problems, "dhcp",
                OVERLOAD_GARBAGE, field);
        if (options == null) {
            return;
        }
        TlvWalk.walk(options, at, TlvFormat.DHCP, dev.wirecheck.wire.Problems.IGNORE,
                (o, o_at, total) -> option(c.out, c.b, o, o_at, total));
        if (!lastIsEnd(options)) {
            c.problems.add("dhcp", at, OVERLOAD_GARBAGE, field + " is overloaded but its options do not end with END");
        }
    }

    private static boolean lastIsEnd(TlvOptions options) {
        return options.items() != null && !options.items().isEmpty()
                && options.items().get(options.items().size() - 1).isEnd();
    }

    /**
     * Names one option the spec read. The walk (lengths, bounds) is this family's own; the
     * naming of a well-formed option's bytes is tshark's presentation, shared with the hand
     * family through {@link DhcpOptionFields}.
     */
    private static void option(DissectionBuilder out, byte[] frame, TlvOptions.TlvOption o, int at, int total) {
        DhcpOptionFields.describe(out, frame, at, total == 1 ? -1 : total - 2);
    }

    /** A NUL-terminated field (sname, file), as tshark shows it. */
    private static String cString(byte[] field) {
        int n = 0;
        while (n < field.length && field[n] != 0) {
            n++;
        }
        return new String(field, 0, n, StandardCharsets.ISO_8859_1);
    }
}
