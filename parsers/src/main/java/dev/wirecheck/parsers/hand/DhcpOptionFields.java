package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.DissectionBuilder;

import java.nio.charset.StandardCharsets;

/**
 * Names one DHCP option instance's fields as tshark 4.0 does: type, length, raw value,
 * then the typed value when the length suits the type (tshark shows nothing typed
 * otherwise). Presentation only, on bytes a parser has already bounded: shared by every
 * option region of a {@link Dhcp} message and by the Kaitai family's adapter.
 */
public final class DhcpOptionFields {
    private DhcpOptionFields() {}

    /** The option whose type byte is at {@code at}; {@code dataLength} is -1 for PAD and END. */
    public static void describe(DissectionBuilder out, byte[] b, int at, int dataLength) {
        int code = b[at] & 0xff;
        if (dataLength < 0) {
            // tshark 4.0 prints END's type as 0 and its value as dhcp.option.end
            out.dec("dhcp.option.type", 0, at, 1);
            if (code == DhcpOption.END) {
                out.dec("dhcp.option.end", code, at, 1);
            }
            return;
        }
        int d = at + 2;
        out.dec("dhcp.option.type", code, at, 1);
        out.dec("dhcp.option.length", dataLength, at + 1, 1);
        out.bytes("dhcp.option.value", b, d, dataLength);
        switch (code) {
            case DhcpOption.MESSAGE_TYPE -> number(out, "dhcp.option.dhcp", b, d, dataLength, 1);
            case DhcpOption.OVERLOAD -> number(out, "dhcp.option.option_overload", b, d, dataLength, 1);
            case DhcpOption.MAX_MESSAGE_SIZE -> number(out, "dhcp.option.dhcp_max_message_size", b, d, dataLength, 2);
            case DhcpOption.LEASE_TIME -> number(out, "dhcp.option.ip_address_lease_time", b, d, dataLength, 4);
            case DhcpOption.RENEWAL_TIME -> number(out, "dhcp.option.renewal_time_value", b, d, dataLength, 4);
            case DhcpOption.REBINDING_TIME -> number(out, "dhcp.option.rebinding_time_value", b, d, dataLength, 4);
            case DhcpOption.HOST_NAME -> text(out, "dhcp.option.hostname", b, d, dataLength);
            case DhcpOption.DOMAIN_NAME -> text(out, "dhcp.option.domain_name", b, d, dataLength);
            case DhcpOption.VENDOR_CLASS -> text(out, "dhcp.option.vendor_class_id", b, d, dataLength);
            case DhcpOption.SUBNET_MASK -> addresses(out, "dhcp.option.subnet_mask", b, d, dataLength);
            case DhcpOption.BROADCAST -> addresses(out, "dhcp.option.broadcast_address", b, d, dataLength);
            case DhcpOption.REQUESTED_IP -> addresses(out, "dhcp.option.requested_ip_address", b, d, dataLength);
            case DhcpOption.SERVER_ID -> addresses(out, "dhcp.option.dhcp_server_id", b, d, dataLength);
            case DhcpOption.ROUTER -> addresses(out, "dhcp.option.router", b, d, dataLength);
            case DhcpOption.DNS_SERVERS -> addresses(out, "dhcp.option.domain_name_server", b, d, dataLength);
            case DhcpOption.PARAMETER_REQUEST_LIST -> {
                for (int i = 0; i < dataLength; i++) {
                    out.dec("dhcp.option.request_list_item", b[d + i] & 0xff, d + i, 1);
                }
            }
            case DhcpOption.CLIENT_ID -> {
                if (dataLength == 7 && b[d] == 1) {
                    out.hex("dhcp.hw.type", 1, d, 1);
                    out.mac("dhcp.hw.mac_addr", b, d + 1);
                }
            }
            case DhcpOption.CLASSLESS_ROUTES -> routes(out, b, d, dataLength);
            default -> { }
        }
    }

    private static void number(DissectionBuilder out, String name, byte[] b, int at, int len, int size) {
        if (len == size) {
            long n = size == 1 ? Bytes.u8(b, at) : size == 2 ? Bytes.u16(b, at) : Bytes.u32(b, at);
            out.dec(name, n, at, size);
        }
    }

    private static void text(DissectionBuilder out, String name, byte[] b, int at, int len) {
        out.text(name, new String(b, at, len, StandardCharsets.ISO_8859_1), at, len);
    }

    /** One address, or a list of them (routers, name servers), when the length is a multiple of 4. */
    private static void addresses(DissectionBuilder out, String name, byte[] b, int at, int len) {
        if (len == 0 || len % 4 != 0) {
            return;
        }
        for (int i = 0; i < len; i += 4) {
            out.ipv4(name, b, at + i);
        }
    }

    /** Each well-formed route of option 121 as its raw bytes, as tshark's classless_static_route. */
    private static void routes(DissectionBuilder out, byte[] b, int at, int len) {
        if (DhcpRoute.check(b, at, len) != 0) {
            return;
        }
        for (int i = 0; i < len; ) {
            int step = 1 + DhcpRoute.significantOctets(b[at + i] & 0xff) + 4;
            out.bytes("dhcp.option.classless_static_route", b, at + i, step);
            i += step;
        }
    }
}
