package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.IntTriples;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Octets;
import dev.wirecheck.wire.Problems;

import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_OPTION;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_VALUE;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * A DHCPv4 message (RFC 2131 §2: the BOOTP fixed fields, the magic cookie, then options
 * in the RFC 2132 format), read in place. Options overloaded into {@code file} and
 * {@code sname} (RFC 2131 §4.1) are read after the options field, in that order, and
 * an option that occurs several times is one value made of its instances concatenated
 * (RFC 3396 §6).
 *
 * <p>{@code read} walks every option once and indexes its instances in arrays the view
 * keeps from frame to frame; the typed getters read from the frame's bytes, and only
 * the getters that return objects allocate.
 */
public final class Dhcp extends View {
    /** Field offsets in a BOOTP/DHCP message (RFC 2131 §2, figure 1), for readers of the raw bytes. */
    public static final int OP = 0, HTYPE = 1, HLEN = 2, HOPS = 3, XID = 4, SECS = 8, FLAGS = 10, CIADDR = 12,
            YIADDR = 16, SIADDR = 20, GIADDR = 24, CHADDR = 28, SNAME = 44, FILE = 108, COOKIE = 236, OPTIONS = 240;
    static final int CHADDR_LENGTH = 16, SNAME_LENGTH = 64, FILE_LENGTH = 128;
    public static final int BOOTREQUEST = 1, BOOTREPLY = 2;
    public static final int SERVER_PORT = 67, CLIENT_PORT = 68;
    public static final long MAGIC_COOKIE = 0x63825363L;
    /** Overload values (RFC 2132 §9.3): which of file and sname carry options. */
    static final int OVERLOAD_FILE = 1, OVERLOAD_SNAME = 2;

    public static final MalformationCode TRUNCATED_MESSAGE = Code.of("dhcp", "truncated", TRUNCATED);
    public static final MalformationCode BAD_COOKIE = Code.of("dhcp", "bad-magic-cookie", BAD_VALUE);
    public static final MalformationCode HLEN_TOO_LONG = Code.of("dhcp", "hlen-too-long", BAD_LENGTH);
    public static final MalformationCode OPTION_PAST_END = TlvFormat.DHCP.pastEnd();
    public static final MalformationCode OPTION_NO_LENGTH = TlvFormat.DHCP.badLength();
    public static final MalformationCode MISSING_END = Code.of("dhcp", "missing-end", BAD_OPTION);
    public static final MalformationCode PADDING_NOT_PAD = Code.of("dhcp", "padding-not-pad", BAD_OPTION);
    public static final MalformationCode OVERLOAD_INVALID = Code.of("dhcp", "overload-invalid", BAD_VALUE);
    public static final MalformationCode OVERLOAD_GARBAGE = Code.of("dhcp", "overload-garbage", BAD_OPTION);
    public static final MalformationCode OPTION_WRONG_LENGTH = Code.of("dhcp", "option-wrong-length", BAD_OPTION);
    public static final MalformationCode DUPLICATE_OPTION = Code.of("dhcp", "duplicate-option", BAD_OPTION);
    public static final MalformationCode MESSAGE_TYPE_MISSING = Code.of("dhcp", "message-type-missing", BAD_VALUE);
    public static final MalformationCode ROUTE_WIDTH_INVALID = Code.of("dhcp", "route-width-invalid", BAD_VALUE);
    public static final MalformationCode MAX_SIZE_TOO_SMALL = Code.of("dhcp", "max-message-size-too-small", BAD_VALUE);
    /** RFC 2132 §9.10: the minimum legal maximum DHCP message size. */
    static final int MIN_MAX_MESSAGE_SIZE = 576;

    /** Where an indexed option instance came from. */
    static final int IN_OPTIONS = 0, IN_FILE = 1, IN_SNAME = 2;

    private final TlvCursor cursor = new TlvCursor();
    /** Per code: instances seen, the index of the first, and the concatenated length. */
    private final int[] count = new int[256];
    private final int[] firstInstance = new int[256];
    private final int[] totalLength = new int[256];
    /** Every option in wire order, PAD and END included: type-byte offset, data length (-1 for PAD/END), region. */
    private final IntTriples instances = new IntTriples(32);
    private int length;
    private boolean cookieOk;
    /** Offset just after the END of the options field, or -1 when it has none. */
    private int paddingFrom;
    private int overload;

    /** Wraps and validates; false when the message is too short to hold the fixed fields and cookie. */
    public boolean read(byte[] bytes, int at, int len, Problems problems) {
        wrap(bytes, at, len);
        length = len;
        instances.clear();
        overload = 0;
        paddingFrom = -1;
        Arrays.fill(count, 0);
        if (len < OPTIONS) {
            problems.add("dhcp", at, TRUNCATED_MESSAGE, "BOOTP message needs 240 bytes with the magic cookie, " + len
                    + " present (RFC 2131 §2)");
            return false;
        }
        if (hlen() > CHADDR_LENGTH) {
            problems.add("dhcp", at + HLEN, HLEN_TOO_LONG, "hlen " + hlen() + " exceeds the 16-byte chaddr (RFC 2131 §2)");
        }
        cookieOk = u32(COOKIE) == MAGIC_COOKIE;
        if (!cookieOk) {
            problems.add("dhcp", at + COOKIE, BAD_COOKIE, "magic cookie " + Bytes.ipv4(b, at + COOKIE)
                    + " is not 99.130.83.99 (RFC 2131 §3)");
            return true;
        }
        walkOptionsField(problems);
        readOverload(problems);
        checkValues(problems);
        return true;
    }

    private void walkOptionsField(Problems problems) {
        int end = start + length;
        cursor.reset(b, start + OPTIONS, end, TlvFormat.DHCP);
        index(IN_OPTIONS, problems);
        if (cursor.stoppedOnError()) {
            return;
        }
        if (!cursor.reachedEndOfList()) {
            problems.add("dhcp", end, MISSING_END, "the options field has no END option (RFC 2131 §4.1)");
            return;
        }
        paddingFrom = cursor.position();
        for (int i = paddingFrom; i < end; i++) {
            if (b[i] != 0) {
                problems.add("dhcp", i, PADDING_NOT_PAD, "byte 0x" + Integer.toHexString(b[i] & 0xff)
                        + " after END is not PAD (RFC 2132 §3.2)");
                break;
            }
        }
    }

    /**
     * Indexes the options of the cursor's region until its END, its end, or the first
     * malformed option, which the cursor reports to {@code problems}.
     */
    private void index(int region, Problems problems) {
        while (cursor.next(problems)) {
            int code = cursor.type();
            boolean single = cursor.isPad() || cursor.isEnd();
            addInstance(cursor.offset(), single ? -1 : cursor.dataLength(), region);
            if (!single) {
                if (count[code]++ == 0) {
                    firstInstance[code] = instances.size() - 1;
                    totalLength[code] = 0;
                }
                totalLength[code] += cursor.dataLength();
            }
        }
    }

    private void addInstance(int at, int dataLength, int region) {
        instances.add(at, dataLength, region);
    }

    private int instanceAt(int i) {
        return instances.first(i);
    }

    private int instanceLength(int i) {
        return instances.second(i);
    }

    /** Option 52 (RFC 2131 §4.1, RFC 2132 §9.3): file first, then sname (RFC 3396 §6). */
    private void readOverload(Problems problems) {
        if (count[DhcpOption.OVERLOAD] == 0) {
            return;
        }
        int i = firstInstance[DhcpOption.OVERLOAD];
        int value = instanceLength(i) == 1 ? b[instanceAt(i) + 2] & 0xff : 0;
        if (count[DhcpOption.OVERLOAD] != 1 || value < 1 || value > 3) {
            problems.add("dhcp", instanceAt(i), OVERLOAD_INVALID, "option overload must be one byte of value 1, 2 or 3"
                    + " (RFC 2132 §9.3)");
            return;
        }
        overload = value;
        if ((value & OVERLOAD_FILE) != 0) {
            walkOverloaded(IN_FILE, start + FILE, FILE_LENGTH, "file", problems);
        }
        if ((value & OVERLOAD_SNAME) != 0) {
            walkOverloaded(IN_SNAME, start + SNAME, SNAME_LENGTH, "sname", problems);
        }
    }

    private void walkOverloaded(int region, int from, int len, String field, Problems problems) {
        int overloadsBefore = count[DhcpOption.OVERLOAD];
        cursor.reset(b, from, from + len, TlvFormat.DHCP);
        index(region, Problems.IGNORE);
        String why = null;
        if (cursor.stoppedOnError()) {
            why = "an option runs past the end of " + field;
        } else if (!cursor.reachedEndOfList()) {
            why = field + " carries options but no END (RFC 2131 §4.1)";
        } else if (count[DhcpOption.OVERLOAD] != overloadsBefore) {
            why = "option overload inside " + field + " (RFC 2131 §4.1: it must be in the options field)";
        }
        if (why != null) {
            problems.add("dhcp", from, OVERLOAD_GARBAGE, why);
        }
    }

    /** Typed options with a length the RFC does not allow, duplicates, and the message type. */
    private void checkValues(Problems problems) {
        if (count[DhcpOption.MESSAGE_TYPE] == 0) {
            problems.add("dhcp", start + OPTIONS, MESSAGE_TYPE_MISSING,
                    "no DHCP message type option (RFC 2131 §3, RFC 2132 §9.6)");
        }
        for (int code = 1; code < 255; code++) {
            if (count[code] == 0 || code == DhcpOption.OVERLOAD) {
                continue;
            }
            int at = instanceAt(firstInstance[code]);
            int fixed = DhcpOptionRules.fixedLength(code);
            if (fixed > 0 && count[code] > 1) {
                problems.add("dhcp", at, DUPLICATE_OPTION, "option " + code + " of fixed length " + fixed
                        + " occurs " + count[code] + " times (RFC 3396 §5 splits only long options)");
                continue;
            }
            int len = totalLength[code];
            String rule = DhcpOptionRules.lengthProblem(code, len);
            if (rule != null) {
                problems.add("dhcp", at, OPTION_WRONG_LENGTH, "option " + code + " of length " + len + ": " + rule);
            } else if (code == DhcpOption.CLASSLESS_ROUTES || code == DhcpOption.RELAY_AGENT_INFO) {
                checkStructured(code, at, problems);
            } else if (code == DhcpOption.MAX_MESSAGE_SIZE && maxMessageSize() < MIN_MAX_MESSAGE_SIZE) {
                problems.add("dhcp", at, MAX_SIZE_TOO_SMALL, "maximum message size " + maxMessageSize()
                        + " is below 576 (RFC 2132 §9.10)");
            }
        }
    }

    private void checkStructured(int code, int at, Problems problems) {
        byte[] v = option(code);
        if (code == DhcpOption.CLASSLESS_ROUTES) {
            switch (DhcpRoute.check(v, 0, v.length)) {
                case 1 -> problems.add("dhcp", at, ROUTE_WIDTH_INVALID, "a route's prefix width exceeds 32 (RFC 3442 §2)");
                case 2 -> problems.add("dhcp", at, OPTION_WRONG_LENGTH, "the last classless route is cut short (RFC 3442 §2)");
                default -> { }
            }
        } else if (!DhcpOptionRules.subOptionsFit(v)) {
            problems.add("dhcp", at, OPTION_WRONG_LENGTH, "relay agent sub-options do not fill the option exactly"
                    + " (RFC 3046 §2.0)");
        }
    }

    public int op() {
        return u8(OP);
    }

    public int htype() {
        return u8(HTYPE);
    }

    public int hlen() {
        return u8(HLEN);
    }

    public int hops() {
        return u8(HOPS);
    }

    public long xid() {
        return u32(XID);
    }

    public int secs() {
        return u16(SECS);
    }

    public int flags() {
        return u16(FLAGS);
    }

    public boolean broadcast() {
        return (flags() & 0x8000) != 0;
    }

    public Inet4Address ciaddr() {
        return IpAddresses.v4(b, start + CIADDR);
    }

    public Inet4Address yiaddr() {
        return IpAddresses.v4(b, start + YIADDR);
    }

    public Inet4Address siaddr() {
        return IpAddresses.v4(b, start + SIADDR);
    }

    public Inet4Address giaddr() {
        return IpAddresses.v4(b, start + GIADDR);
    }

    /** The client hardware address: hlen bytes of chaddr (at most 16). */
    public byte[] chaddr() {
        return copy(CHADDR, Math.min(hlen(), CHADDR_LENGTH));
    }

    public boolean cookieValid() {
        return cookieOk;
    }

    /** Option overload value (1 file, 2 sname, 3 both) when valid and present, else 0. */
    public int overload() {
        return overload;
    }

    public boolean has(int code) {
        return cookieOk && count[code] > 0;
    }

    /** How many instances of the option the message holds. */
    public int instances(int code) {
        return cookieOk ? count[code] : 0;
    }

    /** The option's value, its instances concatenated (RFC 3396 §6), or null when absent. */
    public byte[] option(int code) {
        if (!has(code)) {
            return null;
        }
        byte[] v = new byte[totalLength[code]];
        int n = 0;
        for (int i = firstInstance[code]; i < instances.size(); i++) {
            int len = instanceLength(i);
            if (len >= 0 && (b[instanceAt(i)] & 0xff) == code) {
                System.arraycopy(b, instanceAt(i) + 2, v, n, len);
                n += len;
            }
        }
        return v;
    }

    /** Value of a one-byte option when it is exactly one byte, else -1. */
    private long number(int code, int size) {
        if (!has(code) || count[code] != 1 || totalLength[code] != size) {
            return -1;
        }
        int at = instanceAt(firstInstance[code]) + 2;
        return switch (size) {
            case 1 -> Bytes.u8(b, at);
            case 2 -> Bytes.u16(b, at);
            default -> Bytes.u32(b, at);
        };
    }

    /** Option 53, or null when absent, of the wrong length, or not a type RFC 2132 §9.6 defines. */
    public DhcpMessageType messageType() {
        long t = number(DhcpOption.MESSAGE_TYPE, 1);
        return t < 0 ? null : DhcpMessageType.of((int) t);
    }

    public long leaseTime() {
        return number(DhcpOption.LEASE_TIME, 4);
    }

    public long renewalTime() {
        return number(DhcpOption.RENEWAL_TIME, 4);
    }

    public long rebindingTime() {
        return number(DhcpOption.REBINDING_TIME, 4);
    }

    public int maxMessageSize() {
        return (int) number(DhcpOption.MAX_MESSAGE_SIZE, 2);
    }

    public Inet4Address subnetMask() {
        return address(DhcpOption.SUBNET_MASK);
    }

    public Inet4Address requestedIp() {
        return address(DhcpOption.REQUESTED_IP);
    }

    public Inet4Address serverId() {
        return address(DhcpOption.SERVER_ID);
    }

    public List<Inet4Address> routers() {
        return addresses(DhcpOption.ROUTER);
    }

    public List<Inet4Address> dnsServers() {
        return addresses(DhcpOption.DNS_SERVERS);
    }

    public String hostName() {
        return text(DhcpOption.HOST_NAME);
    }

    public String domainName() {
        return text(DhcpOption.DOMAIN_NAME);
    }

    public String vendorClass() {
        return text(DhcpOption.VENDOR_CLASS);
    }

    public byte[] clientId() {
        return option(DhcpOption.CLIENT_ID);
    }

    /** Option 55 as a list of codes, or an empty array. */
    public int[] parameterRequestList() {
        byte[] v = option(DhcpOption.PARAMETER_REQUEST_LIST);
        int[] out = new int[v == null ? 0 : v.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = v[i] & 0xff;
        }
        return out;
    }

    /** Option 121 (RFC 3442), or null when absent or malformed. */
    public List<DhcpRoute> classlessRoutes() {
        byte[] v = option(DhcpOption.CLASSLESS_ROUTES);
        return v == null ? null : DhcpRoute.decode(v);
    }

    /** Option 82's sub-options (RFC 3046 §2.0), or null when absent or malformed. */
    public List<DhcpSubOption> relayAgentSubOptions() {
        byte[] v = option(DhcpOption.RELAY_AGENT_INFO);
        if (v == null || !DhcpOptionRules.subOptionsFit(v)) {
            return null;
        }
        List<DhcpSubOption> out = new ArrayList<>();
        for (int i = 0; i < v.length; i += 2 + (v[i + 1] & 0xff)) {
            out.add(new DhcpSubOption(v[i] & 0xff, Octets.of(v, i + 2, v[i + 1] & 0xff)));
        }
        return out;
    }

    private Inet4Address address(int code) {
        return number(code, 4) < 0 ? null : IpAddresses.v4(b, instanceAt(firstInstance[code]) + 2);
    }

    private List<Inet4Address> addresses(int code) {
        byte[] v = option(code);
        List<Inet4Address> out = new ArrayList<>();
        for (int i = 0; v != null && i + 4 <= v.length; i += 4) {
            out.add(IpAddresses.v4(v, i));
        }
        return out;
    }

    private String text(int code) {
        byte[] v = option(code);
        return v == null ? null : new String(v, StandardCharsets.ISO_8859_1);
    }

    /** Names the fields the way tshark 4.0 does (checked by TsharkAgreementTest). */
    public void describe(DissectionBuilder out) {
        int at = start;
        out.layer("dhcp", at, length);
        out.dec("dhcp.type", op(), at + OP, 1);
        out.hex("dhcp.hw.type", htype(), at + HTYPE, 1);
        out.dec("dhcp.hw.len", hlen(), at + HLEN, 1);
        out.dec("dhcp.hops", hops(), at + HOPS, 1);
        out.hex("dhcp.id", xid(), at + XID, 4);
        out.dec("dhcp.secs", secs(), at + SECS, 2);
        out.hex("dhcp.flags", flags(), at + FLAGS, 2);
        out.dec("dhcp.flags.bc", flags() >>> 15, at + FLAGS, 2);
        out.hex("dhcp.flags.reserved", flags() & 0x7fff, at + FLAGS, 2);
        out.ipv4("dhcp.ip.client", b, at + CIADDR);
        out.ipv4("dhcp.ip.your", b, at + YIADDR);
        out.ipv4("dhcp.ip.server", b, at + SIADDR);
        out.ipv4("dhcp.ip.relay", b, at + GIADDR);
        int hl = Math.min(hlen(), CHADDR_LENGTH);
        if (htype() == 1 && hlen() == 6) {
            out.mac("dhcp.hw.mac_addr", b, at + CHADDR);
        } else if (hl > 0) {
            out.bytes("dhcp.hw.addr", b, at + CHADDR, hl);
        }
        if (hl < CHADDR_LENGTH) {
            out.bytes("dhcp.hw.addr_padding", b, at + CHADDR + hl, CHADDR_LENGTH - hl);
        }
        // an overloaded field holds options, not a name: tshark then says so instead (RFC 2131 §4.1)
        if ((overload & OVERLOAD_SNAME) != 0) {
            out.text("dhcp.server_name_overloaded_by_dhcp", "", at + SNAME, SNAME_LENGTH);
        } else {
            out.text("dhcp.server", cString(at + SNAME, SNAME_LENGTH), at + SNAME, SNAME_LENGTH);
        }
        if ((overload & OVERLOAD_FILE) != 0) {
            out.text("dhcp.boot_filename_overloaded_by_dhcp", "", at + FILE, FILE_LENGTH);
        } else {
            out.text("dhcp.file", cString(at + FILE, FILE_LENGTH), at + FILE, FILE_LENGTH);
        }
        out.ipv4("dhcp.cookie", b, at + COOKIE);
        if (!cookieOk) {
            return;
        }
        // With option overload tshark shows the END of the options field after the options
        // continued in file and sname, the order in which RFC 2131 §4.1 has them read.
        int deferredEnd = -1;
        for (int i = 0; i < instances.size(); i++) {
            if (overload != 0 && instances.third(i) == IN_OPTIONS && (b[instanceAt(i)] & 0xff) == DhcpOption.END) {
                deferredEnd = i;
                continue;
            }
            DhcpOptionFields.describe(out, b, instanceAt(i), instanceLength(i));
        }
        if (deferredEnd >= 0) {
            DhcpOptionFields.describe(out, b, instanceAt(deferredEnd), instanceLength(deferredEnd));
        }
        if (paddingFrom >= 0 && paddingFrom < start + length) {
            out.bytes("dhcp.option.padding", b, paddingFrom, start + length - paddingFrom);
        }
    }

    private String cString(int from, int max) {
        int n = 0;
        while (n < max && b[from + n] != 0) {
            n++;
        }
        return new String(b, from, n, StandardCharsets.ISO_8859_1);
    }

    /** What to build to send this message again; options keep their concatenated values. */
    public DhcpRepr toRepr() {
        List<DhcpOption> options = new ArrayList<>();
        boolean[] done = new boolean[256];
        for (int i = 0; cookieOk && i < instances.size(); i++) {
            int code = b[instanceAt(i)] & 0xff;
            if (instanceLength(i) >= 0 && !done[code] && code != DhcpOption.OVERLOAD) {
                done[code] = true;
                options.add(new DhcpOption(code, Octets.of(option(code))));
            }
        }
        return new DhcpRepr(op(), htype(), Octets.of(b, start + CHADDR, Math.min(hlen(), 16)),
                hops(), xid(), secs(), broadcast(), ciaddr(), yiaddr(), siaddr(), giaddr(),
                overload != 0 ? "" : cString(start + SNAME, SNAME_LENGTH),
                overload != 0 ? "" : cString(start + FILE, FILE_LENGTH), options);
    }
}
