package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Octets;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One DHCP option to build (RFC 2132): its code and its whole value. A value longer than
 * 255 bytes is split into several instances when emitted (RFC 3396 §5); PAD and END are
 * written by {@link DhcpRepr} itself.
 */
public record DhcpOption(int code, Octets value) {
    public static final int PAD = 0, SUBNET_MASK = 1, ROUTER = 3, DNS_SERVERS = 6, HOST_NAME = 12, DOMAIN_NAME = 15,
            BROADCAST = 28, REQUESTED_IP = 50, LEASE_TIME = 51, OVERLOAD = 52, MESSAGE_TYPE = 53, SERVER_ID = 54,
            PARAMETER_REQUEST_LIST = 55, MAX_MESSAGE_SIZE = 57, RENEWAL_TIME = 58, REBINDING_TIME = 59,
            VENDOR_CLASS = 60, CLIENT_ID = 61, RELAY_AGENT_INFO = 82, CLASSLESS_ROUTES = 121, END = 255;

    public DhcpOption {
        if (code <= PAD || code >= END) {
            throw new IllegalArgumentException("option code " + code + " is PAD, END or out of range (RFC 2132 §2)");
        }
        if (value == null) {
            throw new IllegalArgumentException("option " + code + " needs a value");
        }
    }

    public static DhcpOption raw(int code, byte... value) {
        return new DhcpOption(code, Octets.of(value));
    }

    public static DhcpOption messageType(DhcpMessageType type) {
        return raw(MESSAGE_TYPE, (byte) type.code());
    }

    /** An option holding one or more IPv4 addresses (subnet mask, routers, name servers, server id…). */
    public static DhcpOption addresses(int code, Inet4Address... addresses) {
        byte[] v = new byte[4 * addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            System.arraycopy(addresses[i].getAddress(), 0, v, 4 * i, 4);
        }
        return new DhcpOption(code, Octets.of(v));
    }

    /** A 32-bit number (lease time, T1, T2: RFC 2132 §9.2, §9.11, §9.12). */
    public static DhcpOption seconds(int code, long value) {
        return raw(code, (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value);
    }

    public static DhcpOption maxMessageSize(int size) {
        return raw(MAX_MESSAGE_SIZE, (byte) (size >>> 8), (byte) size);
    }

    /** Host name, domain name, vendor class: text without a terminating NUL (RFC 2132 §3.14). */
    public static DhcpOption text(int code, String text) {
        return new DhcpOption(code, Octets.of(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    public static DhcpOption parameterRequestList(int... codes) {
        byte[] v = new byte[codes.length];
        for (int i = 0; i < codes.length; i++) {
            v[i] = (byte) codes[i];
        }
        return new DhcpOption(PARAMETER_REQUEST_LIST, Octets.of(v));
    }

    /** Client identifier of hardware type 1 (Ethernet) and a MAC address (RFC 2132 §9.14). */
    public static DhcpOption clientId(dev.wirecheck.wire.MacAddress mac) {
        byte[] v = new byte[7];
        v[0] = 1;
        mac.write(v, 1);
        return new DhcpOption(CLIENT_ID, Octets.of(v));
    }

    /** Classless static routes (RFC 3442 §2). */
    public static DhcpOption classlessRoutes(List<DhcpRoute> routes) {
        int n = 0;
        for (DhcpRoute r : routes) {
            n += r.encodedLength();
        }
        byte[] v = new byte[n];
        int at = 0;
        for (DhcpRoute r : routes) {
            at = r.encode(v, at);
        }
        return new DhcpOption(CLASSLESS_ROUTES, Octets.of(v));
    }
}
