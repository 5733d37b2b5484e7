package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Octets;
import dev.wirecheck.wire.Problems;

import java.util.ArrayList;
import java.util.List;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_VALUE;
import static dev.wirecheck.wire.MalformationCode.Category.LIMIT;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * IPv6 header (RFC 8200 §3) and its extension-header chain (§4): hop-by-hop and
 * destination options, routing, fragment; AH is stepped over, ESP ends the chain
 * (what follows is encrypted), and No Next Header ends it with nothing after.
 */
public final class Ipv6 extends View {
    static final int VTF = 0, PAYLOAD_LENGTH = 4, NEXT_HEADER = 6, HOP_LIMIT = 7, SRC = 8, DST = 24, HEADER = 40;
    /** RFC 8200 does not bound the chain; real traffic has at most a few. Past this we stop. */
    public static final int MAX_EXTENSIONS = 8;

    public static final MalformationCode TRUNCATED_HEADER = Code.of("ipv6", "truncated", TRUNCATED);
    public static final MalformationCode BAD_VERSION = Code.of("ipv6", "bad-version", BAD_VALUE);
    public static final MalformationCode PAYLOAD_LENGTH_PAST_END = Code.of("ipv6", "payload-length-past-end", BAD_LENGTH);
    public static final MalformationCode EXTENSION_TRUNCATED = Code.of("ipv6", "extension-truncated", TRUNCATED);
    public static final MalformationCode HOP_BY_HOP_NOT_FIRST = Code.of("ipv6", "hopopts-not-first", BAD_VALUE);
    public static final MalformationCode TOO_MANY_EXTENSIONS = Code.of("ipv6", "too-many-extensions", LIMIT);
    public static final MalformationCode ROUTING_TYPE_0 = Code.of("ipv6", "routing-type-0", BAD_VALUE);
    /** An Authentication Header shorter than its fixed part: next header to sequence number. */
    public static final MalformationCode AH_TOO_SHORT = Code.of("ipv6", "ah-too-short", BAD_LENGTH);
    /** RFC 4302 §2: next header, payload length, reserved, SPI and sequence number take 12 bytes. */
    public static final int AH_MINIMUM = 12;

    private final TlvCursor options = new TlvCursor();
    private final int[] extType = new int[MAX_EXTENSIONS];
    private final int[] extOffset = new int[MAX_EXTENSIONS];
    private final int[] extLength = new int[MAX_EXTENSIONS];
    private int extCount;
    private int payloadEnd;
    private int upperProtocol;
    private int upperOffset;
    private boolean upperPresent;
    private int finalDestination;

    /**
     * Wraps the header and walks the extension chain. False when the fixed header cannot
     * be read; otherwise true, with {@link #upperLayerPresent()} telling whether an
     * upper-layer header follows that can be dissected.
     */
    public boolean read(byte[] bytes, int at, int length, Problems problems) {
        wrap(bytes, at, length);
        extCount = 0;
        upperPresent = false;
        finalDestination = at + DST;
        upperProtocol = IpProtocols.IPV6_NONXT;
        if (length < HEADER) {
            problems.add("ipv6", at, TRUNCATED_HEADER, "IPv6 header needs 40 bytes, " + length + " left");
            return false;
        }
        if (version() != 6) {
            problems.add("ipv6", at, BAD_VERSION, "version " + version() + " in an IPv6 header");
            return false;
        }
        int plen = payloadLength();
        if (HEADER + plen > length) {
            if (problems.enabled()) {
                problems.add("ipv6", at + PAYLOAD_LENGTH, PAYLOAD_LENGTH_PAST_END,
                        "payload length " + plen + " but only " + (length - HEADER) + " bytes follow the header");
            }
            payloadEnd = at + length;
        } else {
            payloadEnd = at + HEADER + plen;
        }
        walkChain(problems);
        return true;
    }

    private void walkChain(Problems problems) {
        int next = u8(NEXT_HEADER);
        int pos = start + HEADER;
        while (true) {
            boolean extension = next == IpProtocols.HOPOPT || next == IpProtocols.IPV6_ROUTE
                    || next == IpProtocols.IPV6_FRAG || next == IpProtocols.IPV6_OPTS || next == IpProtocols.AH;
            if (!extension) {
                upperProtocol = next;
                upperOffset = pos;
                upperPresent = next != IpProtocols.IPV6_NONXT && next != IpProtocols.ESP;
                return;
            }
            if (extCount == MAX_EXTENSIONS) {
                problems.add("ipv6", pos, TOO_MANY_EXTENSIONS, "more than " + MAX_EXTENSIONS + " extension headers");
                return;
            }
            if (next == IpProtocols.HOPOPT && extCount > 0) {
                problems.add("ipv6", pos, HOP_BY_HOP_NOT_FIRST,
                        "hop-by-hop options not directly after the IPv6 header (RFC 8200 §4.1)");
            }
            if (pos + 2 > payloadEnd) {
                if (problems.enabled()) {
                    problems.add("ipv6", pos, EXTENSION_TRUNCATED, "extension header " + next + " cut off");
                }
                return;
            }
            int len = extensionLength(next, pos);
            if (pos + len > payloadEnd) {
                if (problems.enabled()) {
                    problems.add("ipv6", pos, EXTENSION_TRUNCATED,
                            "extension header " + next + " of " + len + " bytes runs past the payload");
                }
                return;
            }
            if (next == IpProtocols.AH && len < AH_MINIMUM) {
                problems.add("ipv6", pos, AH_TOO_SHORT, "authentication header of " + len + " bytes is shorter than"
                        + " its 12-byte fixed part (RFC 4302 §2)");
                return;
            }
            extType[extCount] = next;
            extOffset[extCount] = pos;
            extLength[extCount] = len;
            extCount++;
            if (next == IpProtocols.HOPOPT || next == IpProtocols.IPV6_OPTS) {
                options.reset(b, pos + 2, pos + len, TlvFormat.IPV6_OPTIONS);
                while (options.next(problems)) {
                    // walking reports malformed TLVs; the values are read by describe()
                }
            } else if (next == IpProtocols.IPV6_ROUTE) {
                if ((b[pos + 2] & 0xff) == 0) {
                    problems.add("ipv6", pos + 2, ROUTING_TYPE_0, "routing header type 0 is deprecated (RFC 5095 §3)");
                }
                int last = finalDestinationOffset(b, pos, len);
                if (last >= 0) {
                    finalDestination = last;
                }
            }
            int following = b[pos] & 0xff;
            if (next == IpProtocols.IPV6_FRAG && fragmentOffsetAt(pos) != 0) {
                // not the first fragment: what follows is the middle of the upper layer
                upperProtocol = following;
                upperOffset = pos + len;
                upperPresent = false;
                return;
            }
            next = following;
            pos += len;
        }
    }

    /**
     * Where a routing header holds the packet's final destination, which the upper-layer
     * checksum covers instead of the Destination Address while segments are left (RFC 8200
     * §8.1): the last address of a type 0 (RFC 8200 §4.4) or type 2 header (RFC 6275 §6.4),
     * the first entry of a segment routing header (type 4, RFC 8754 §2, listed in reverse).
     * -1 when no segments are left (the Destination Address is final) or the type is another.
     *
     * @param pos offset of the routing header, {@code len} its length in bytes
     */
    public static int finalDestinationOffset(byte[] b, int pos, int len) {
        if ((b[pos + 3] & 0xff) == 0 || len < 24) {
            return -1;
        }
        return switch (b[pos + 2] & 0xff) {
            case 0, 2 -> pos + len - 16;
            case 4 -> pos + 8;
            default -> -1;
        };
    }

    private int extensionLength(int type, int pos) {
        if (type == IpProtocols.IPV6_FRAG) {
            return 8;
        }
        if (type == IpProtocols.AH) {
            return ((b[pos + 1] & 0xff) + 2) * 4; // RFC 4302 §2.2: in 4-byte units, minus 2
        }
        return ((b[pos + 1] & 0xff) + 1) * 8;
    }

    private int fragmentOffsetAt(int pos) {
        return (((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff)) >>> 3;
    }

    public int version() {
        return u8(VTF) >>> 4;
    }

    public int trafficClass() {
        return (u16(VTF) >>> 4) & 0xff;
    }

    public int flowLabel() {
        return (int) (u32(VTF) & 0xfffff);
    }

    public int payloadLength() {
        return u16(PAYLOAD_LENGTH);
    }

    public int nextHeader() {
        return u8(NEXT_HEADER);
    }

    public int hopLimit() {
        return u8(HOP_LIMIT);
    }

    public int srcOffset() {
        return start + SRC;
    }

    public int dstOffset() {
        return start + DST;
    }

    public boolean dstIsMulticast() {
        return (b[start + DST] & 0xff) == 0xff;
    }

    public int extensionCount() {
        return extCount;
    }

    public int extensionType(int i) {
        return extType[i];
    }

    public int extensionOffset(int i) {
        return extOffset[i];
    }

    public int extensionLength(int i) {
        return extLength[i];
    }

    /** The protocol after the chain (58 for ICMPv6, 6 for TCP, 59 when nothing follows). */
    public int upperProtocol() {
        return upperProtocol;
    }

    public int upperOffset() {
        return upperOffset;
    }

    public int upperLength() {
        return Math.max(0, payloadEnd - upperOffset);
    }

    /** True when a dissectable upper-layer header follows (not ESP, not a later fragment). */
    public boolean upperLayerPresent() {
        return upperPresent;
    }

    /**
     * Whether the packet is a fragment: any fragment header in the chain with an offset or the
     * M flag. Every one counts, not only the first: a chain may repeat the header (RFC 8200 §4.1
     * asks for once), and an atomic one (offset 0, M clear, RFC 6946) followed by one with M set
     * still leaves the upper layer cut short, its checksum unverifiable (found by the
     * differential fuzz target).
     */
    public boolean isFragment() {
        for (int i = 0; i < extCount; i++) {
            int pos = extOffset[i];
            if (extType[i] == IpProtocols.IPV6_FRAG && (fragmentOffsetAt(pos) != 0 || (b[pos + 3] & 1) != 0)) {
                return true;
            }
        }
        return false;
    }

    /** The pseudo-header sum (RFC 8200 §8.1), with the final destination when a routing header names one. */
    public long pseudoHeaderSum(int upperLength) {
        return Checksum.ipv6PseudoHeader(b, start + SRC, finalDestination, upperProtocol, upperLength);
    }

    public void describe(DissectionBuilder out) {
        int at = start;
        out.layer("ipv6", at, HEADER);
        out.dec("ipv6.version", version(), at, 1);
        out.hex("ipv6.tclass", trafficClass(), at, 2);
        out.dec("ipv6.tclass.dscp", trafficClass() >>> 2, at, 2);
        out.dec("ipv6.tclass.ecn", trafficClass() & 3, at, 2);
        out.hex("ipv6.flow", flowLabel(), at + 1, 3);
        out.dec("ipv6.plen", payloadLength(), at + PAYLOAD_LENGTH, 2);
        out.dec("ipv6.nxt", nextHeader(), at + NEXT_HEADER, 1);
        out.dec("ipv6.hlim", hopLimit(), at + HOP_LIMIT, 1);
        out.ipv6("ipv6.src", b, at + SRC);
        out.ipv6("ipv6.dst", b, at + DST);
        for (int i = 0; i < extCount; i++) {
            describeExtension(out, extType[i], extOffset[i], extLength[i]);
        }
    }

    private void describeExtension(DissectionBuilder out, int type, int pos, int len) {
        int nxt = b[pos] & 0xff;
        switch (type) {
            case IpProtocols.HOPOPT, IpProtocols.IPV6_OPTS -> {
                String p = type == IpProtocols.HOPOPT ? "ipv6.hopopts" : "ipv6.dstopts";
                out.layer(p, pos, len);
                out.dec(p + ".nxt", nxt, pos, 1);
                out.dec(p + ".len", b[pos + 1] & 0xff, pos + 1, 1);
                out.dec(p + ".len_oct", len, pos + 1, 1);
                describeOptions(out, pos + 2, pos + len);
            }
            case IpProtocols.IPV6_ROUTE -> {
                out.layer("ipv6.routing", pos, len);
                out.dec("ipv6.routing.nxt", nxt, pos, 1);
                out.dec("ipv6.routing.len", b[pos + 1] & 0xff, pos + 1, 1);
                out.dec("ipv6.routing.len_oct", len, pos + 1, 1);
                out.dec("ipv6.routing.type", b[pos + 2] & 0xff, pos + 2, 1);
                out.dec("ipv6.routing.segleft", b[pos + 3] & 0xff, pos + 3, 1);
            }
            case IpProtocols.IPV6_FRAG -> {
                out.layer("ipv6.fraghdr", pos, len);
                out.dec("ipv6.fraghdr.nxt", nxt, pos, 1);
                out.dec("ipv6.fraghdr.offset", fragmentOffsetAt(pos), pos + 2, 2);
                out.flag("ipv6.fraghdr.more", (b[pos + 3] & 1) != 0, pos + 3, 1);
                out.hex("ipv6.fraghdr.ident", dev.wirecheck.wire.Bytes.u32(b, pos + 4), pos + 4, 4);
            }
            default -> {
                out.layer("ah", pos, len);
                out.dec("ah.next_header", nxt, pos, 1);
                out.dec("ah.length", b[pos + 1] & 0xff, pos + 1, 1);
                if (len >= 12) {
                    out.hex("ah.spi", dev.wirecheck.wire.Bytes.u32(b, pos + 4), pos + 4, 4);
                    out.dec("ah.sequence", dev.wirecheck.wire.Bytes.u32(b, pos + 8), pos + 8, 4);
                }
            }
        }
    }

    private void describeOptions(DissectionBuilder out, int from, int end) {
        options.reset(b, from, end, TlvFormat.IPV6_OPTIONS);
        while (options.next(Problems.IGNORE)) {
            int o = options.offset();
            int t = options.type();
            out.hex("ipv6.opt.type", t, o, 1);
            out.dec("ipv6.opt.type.action", t >>> 6, o, 1);
            out.dec("ipv6.opt.type.change", (t >>> 5) & 1, o, 1);
            out.dec("ipv6.opt.type.rest", t & 0x1f, o, 1);
            if (options.isPad()) {
                continue;
            }
            out.dec("ipv6.opt.length", options.dataLength(), o + 1, 1);
            if (t == 5 && options.dataLength() == 2) {
                out.dec("ipv6.opt.router_alert", dev.wirecheck.wire.Bytes.u16(b, options.dataOffset()),
                        options.dataOffset(), 2);
            }
        }
    }

    /** The header, its extensions and the protocol that follows them, as a record. */
    public Ipv6Repr toRepr() {
        List<Ipv6ExtensionRepr> exts = new ArrayList<>(extCount);
        for (int i = 0; i < extCount; i++) {
            int pos = extOffset[i];
            exts.add(new Ipv6ExtensionRepr(extType[i], Octets.of(b, pos + 2, extLength[i] - 2)));
        }
        return new Ipv6Repr(IpAddresses.v6(b, start + SRC), IpAddresses.v6(b, start + DST), upperProtocol,
                hopLimit(), trafficClass(), flowLabel(), exts);
    }
}
