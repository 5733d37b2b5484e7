package dev.wirecheck.parsers.hand;

/**
 * The length each typed DHCP option must have, as RFC 2132 (and RFC 3442, RFC 3046)
 * state it. Options not listed here may have any length.
 */
final class DhcpOptionRules {
    private DhcpOptionRules() {}

    /** The exact length of a fixed-size option, or 0 when its length varies. */
    static int fixedLength(int code) {
        return switch (code) {
            case DhcpOption.MESSAGE_TYPE, DhcpOption.OVERLOAD -> 1;        // RFC 2132 §9.6, §9.3
            case DhcpOption.MAX_MESSAGE_SIZE -> 2;                         // RFC 2132 §9.10
            case DhcpOption.SUBNET_MASK, DhcpOption.BROADCAST, DhcpOption.REQUESTED_IP, DhcpOption.LEASE_TIME,
                 DhcpOption.SERVER_ID, DhcpOption.RENEWAL_TIME, DhcpOption.REBINDING_TIME -> 4;
                 // RFC 2132 §3.3, §5.3, §9.1, §9.2, §9.7, §9.11, §9.12
            default -> 0;
        };
    }

    /** Why a value of {@code len} bytes is not allowed for the option, or null when it is. */
    static String lengthProblem(int code, int len) {
        int fixed = fixedLength(code);
        if (fixed > 0) {
            return len == fixed ? null : "the length must be " + fixed + " (RFC 2132)";
        }
        return switch (code) {
            case DhcpOption.ROUTER, DhcpOption.DNS_SERVERS ->
                    len >= 4 && len % 4 == 0 ? null : "the length must be a positive multiple of 4 (RFC 2132 §3.5, §3.8)";
            case DhcpOption.HOST_NAME, DhcpOption.DOMAIN_NAME, DhcpOption.PARAMETER_REQUEST_LIST,
                 DhcpOption.VENDOR_CLASS -> len >= 1 ? null : "the minimum length is 1 (RFC 2132 §3.14, §3.17, §9.8, §9.13)";
            case DhcpOption.CLIENT_ID -> len >= 2 ? null : "the minimum length is 2 (RFC 2132 §9.14)";
            case DhcpOption.CLASSLESS_ROUTES -> len >= 5 ? null : "the minimum length is 5 (RFC 3442 §2)";
            case DhcpOption.RELAY_AGENT_INFO -> len >= 2 ? null : "the minimum length is 2 (RFC 3046 §2.0)";
            default -> null;
        };
    }

    /** Whether relay-agent sub-options (code, length, value) fill the value exactly (RFC 3046 §2.0). */
    static boolean subOptionsFit(byte[] v) {
        int i = 0;
        while (i < v.length) {
            if (i + 2 > v.length) {
                return false;
            }
            i += 2 + (v[i + 1] & 0xff);
        }
        return i == v.length;
    }
}
