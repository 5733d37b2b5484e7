package dev.wirecheck.live.cli;

import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import picocli.CommandLine;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Locale;

/** Option converters with one-line messages (the duration one also serves {@code wirecheck fuzz}). */
public final class Converters {
    private Converters() {}

    static final class Mac implements CommandLine.ITypeConverter<MacAddress> {
        @Override
        public MacAddress convert(String value) {
            try {
                return MacAddress.parse(value);
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a MAC address (like 02:00:00:00:00:0a)");
            }
        }
    }

    static final class Ip implements CommandLine.ITypeConverter<InetAddress> {
        @Override
        public InetAddress convert(String value) {
            try {
                return IpAddresses.parse(value);
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an IPv4 or IPv6 address");
            }
        }
    }

    /** 90s, 5m, 1h, or plain seconds. */
    public static final class Span implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            try {
                if (v.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                }
                char unit = v.charAt(v.length() - 1);
                long n = Character.isDigit(unit) ? Long.parseLong(v) : Long.parseLong(v.substring(0, v.length() - 1));
                Duration d = switch (unit) {
                    case 'h' -> Duration.ofHours(n);
                    case 'm' -> Duration.ofMinutes(n);
                    default -> Duration.ofSeconds(n);
                };
                if (d.isNegative() || d.isZero()) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (like 60s, 5m, 1h)");
            }
        }
    }
}
