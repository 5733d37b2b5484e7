package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.MalformationCode;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_OPTION;

/**
 * How one protocol lays out its type-length-value options, so that a single
 * {@link TlvCursor} walks IPv4, TCP, IPv6 hop-by-hop/destination, NDP and DHCP options.
 *
 * @param layer                layer name for malformations ({@code ip}, {@code tcp}, …)
 * @param endType              a one-byte type that ends the list (EOL, END), or -1
 * @param padType              a one-byte type with no length (NOP, Pad1, PAD), or -1
 * @param unit                 the length field counts this many bytes (8 for NDP)
 * @param lengthIncludesHeader whether the length counts the type and length bytes
 * @param minTotalLength       the smallest valid total option length in bytes
 */
public record TlvFormat(String layer, int endType, int padType, int unit, boolean lengthIncludesHeader,
                        int minTotalLength, MalformationCode badLength, MalformationCode pastEnd) {

    static TlvFormat of(String layer, int endType, int padType, int unit, boolean includesHeader, int minTotal) {
        return new TlvFormat(layer, endType, padType, unit, includesHeader, minTotal,
                Code.of(layer, "option-length-invalid", BAD_OPTION),
                Code.of(layer, "option-past-end", BAD_OPTION));
    }

    /** RFC 791 §3.1: EOL 0, NOP 1, length counts the whole option (at least 2). */
    public static final TlvFormat IPV4 = of("ip", 0, 1, 1, true, 2);
    /** RFC 9293 §3.1: the same layout as IPv4's options. */
    public static final TlvFormat TCP = of("tcp", 0, 1, 1, true, 2);
    /** RFC 8200 §4.2: Pad1 is 0, the length counts only the data. */
    public static final TlvFormat IPV6_OPTIONS = of("ipv6", -1, 0, 1, false, 2);
    /** RFC 4861 §4.6: the length counts the whole option in units of 8 bytes; 0 is invalid. */
    public static final TlvFormat NDP = of("icmpv6", -1, -1, 8, true, 8);
    /** RFC 2132 §2: PAD 0, END 255, the length counts only the data. */
    public static final TlvFormat DHCP = of("dhcp", 255, 0, 1, false, 2);
}
