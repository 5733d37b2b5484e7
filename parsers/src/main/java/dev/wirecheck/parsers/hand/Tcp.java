package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Octets;
import dev.wirecheck.wire.Problems;

import java.util.ArrayList;
import java.util.List;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_CHECKSUM;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_OPTION;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_VALUE;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * TCP header (RFC 9293 §3.1) with its options: EOL, NOP, MSS, window scale and timestamps
 * (RFC 7323), SACK-permitted and SACK (RFC 2018); other kinds are kept raw.
 */
public final class Tcp extends View {
    static final int SRC_PORT = 0, DST_PORT = 2, SEQ = 4, ACK = 8, OFFSET = 12, FLAGS = 13, WINDOW = 14,
            CHECKSUM = 16, URGENT = 18, MIN_HEADER = 20;

    public static final int FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK_FLAG = 0x10, URG = 0x20,
            ECE = 0x40, CWR = 0x80, AE = 0x100;

    public static final int OPT_EOL = 0, OPT_NOP = 1, OPT_MSS = 2, OPT_WSCALE = 3, OPT_SACK_PERM = 4, OPT_SACK = 5,
            OPT_TIMESTAMP = 8;

    public static final MalformationCode TRUNCATED_HEADER = Code.of("tcp", "truncated", TRUNCATED);
    public static final MalformationCode DATA_OFFSET_TOO_SMALL = Code.of("tcp", "data-offset-too-small", BAD_LENGTH);
    public static final MalformationCode BAD_CHECKSUM_VALUE = Code.of("tcp", "bad-checksum", BAD_CHECKSUM);
    public static final MalformationCode OPTION_SIZE = Code.of("tcp", "option-size-wrong", BAD_OPTION);
    public static final MalformationCode PADDING_NOT_ZERO = Code.of("tcp", "padding-not-zero", BAD_VALUE);

    /** What an ICMP error must quote of the datagram (RFC 792: 64 bits), for TCP the ports and sequence number. */
    static final int QUOTED_MINIMUM = 8;

    private final TlvCursor options = new TlvCursor();
    private int headerLength;
    private int payloadLength;
    private boolean portsOnly;

    /**
     * Wraps and validates. {@code pseudoSum} is the IP pseudo-header sum without the
     * length, or {@link Checksums#UNVERIFIABLE}.
     */
    public boolean read(byte[] bytes, int at, int length, long pseudoSum, Problems problems) {
        wrap(bytes, at, length);
        headerLength = 0;
        payloadLength = 0;
        portsOnly = false;
        if (length < MIN_HEADER) {
            if (problems.enabled()) {
                problems.add("tcp", at, TRUNCATED_HEADER, "TCP header needs 20 bytes, " + length + " left");
            }
            return false;
        }
        int hl = (u8(OFFSET) >>> 4) * 4;
        if (hl < MIN_HEADER) {
            problems.add("tcp", at + OFFSET, DATA_OFFSET_TOO_SMALL,
                    "data offset " + hl / 4 + " is below 5 (RFC 9293 §3.1)");
            return false;
        }
        if (hl > length) {
            if (problems.enabled()) {
                problems.add("tcp", at + OFFSET, TRUNCATED_HEADER, "data offset says " + hl + " bytes, " + length + " left");
            }
            return false;
        }
        headerLength = hl;
        payloadLength = length - hl;
        if (pseudoSum != Checksums.UNVERIFIABLE && problems.enabled()
                && !Checksum.verifies(pseudoSum + length, b, at, length)) {
            problems.add("tcp", at + CHECKSUM, BAD_CHECKSUM_VALUE, String.format("TCP checksum 0x%04x, expected 0x%04x",
                    checksum(), Checksums.expected(pseudoSum + length, b, at, length, CHECKSUM)));
        }
        if (hl > MIN_HEADER && problems.enabled()) {
            checkOptions(problems); // the walk only looks for defects; the getters walk the options themselves
        }
        return true;
    }

    /**
     * Reads the TCP header an ICMP error quotes. The quote may end after the first 8 bytes
     * (RFC 792 asks for no more, and routers often send no more); such a header yields only
     * its ports and sequence number ({@link #portsOnly()}), the rest is not there to read.
     */
    public boolean readQuoted(byte[] bytes, int at, int length) {
        if (read(bytes, at, length, Checksums.UNVERIFIABLE, Problems.IGNORE)) {
            return true;
        }
        if (length < QUOTED_MINIMUM) {
            return false;
        }
        wrap(bytes, at, length);
        headerLength = 0;
        payloadLength = 0;
        portsOnly = true;
        return true;
    }

    /** True for a quoted header cut short: only ports and sequence number may be read. */
    public boolean portsOnly() {
        return portsOnly;
    }

    /**
     * Whether an option of this kind may have this total length (RFC 9293 §3.1 for MSS,
     * RFC 7323 §2.2/§3.2 for window scale and timestamps, RFC 2018 §2/§3 for SACK). Unknown
     * kinds may have any length their length byte gives. Shared by every parser family so
     * they report the same malformation for the same bytes.
     */
    public static boolean optionSizeValid(int kind, int len) {
        return switch (kind) {
            case OPT_MSS -> len == 4;
            case OPT_WSCALE -> len == 3;
            case OPT_SACK_PERM -> len == 2;
            case OPT_TIMESTAMP -> len == 10;
            case OPT_SACK -> len >= 10 && (len - 2) % 8 == 0;
            default -> true;
        };
    }

    private void checkOptions(Problems problems) {
        options.reset(b, start + MIN_HEADER, start + headerLength, TlvFormat.TCP);
        while (options.next(problems)) {
            int kind = options.type();
            int len = options.totalLength();
            if (!optionSizeValid(kind, len)) {
                problems.add("tcp", options.offset(), OPTION_SIZE, "option kind " + kind + " with length " + len);
            }
        }
        int bad = options.nonZeroPadding();
        if (bad >= 0) {
            problems.add("tcp", bad, PADDING_NOT_ZERO, "non-zero byte after End of Option List (RFC 9293 §3.1: "
                    + "padding is composed of zeros)");
        }
    }

    public int srcPort() {
        return u16(SRC_PORT);
    }

    public int dstPort() {
        return u16(DST_PORT);
    }

    public long seq() {
        return u32(SEQ);
    }

    public long ack() {
        return u32(ACK);
    }

    public int headerLength() {
        return headerLength;
    }

    /** The 9 flag bits, AE (formerly NS, RFC 3540, now RFC 9768) in bit 8. */
    public int flags() {
        return u16(OFFSET) & 0x1ff;
    }

    public boolean syn() {
        return (u8(FLAGS) & SYN) != 0;
    }

    public boolean ackFlag() {
        return (u8(FLAGS) & ACK_FLAG) != 0;
    }

    public boolean fin() {
        return (u8(FLAGS) & FIN) != 0;
    }

    public boolean rst() {
        return (u8(FLAGS) & RST) != 0;
    }

    public int window() {
        return u16(WINDOW);
    }

    public int checksum() {
        return u16(CHECKSUM);
    }

    public int urgentPointer() {
        return u16(URGENT);
    }

    public int payloadOffset() {
        return start + headerLength;
    }

    public int payloadLength() {
        return payloadLength;
    }

    /** The MSS option's value, or -1 when absent or malformed. */
    public int mss() {
        int at = findOption(OPT_MSS, 4);
        return at < 0 ? -1 : Bytes.u16(b, at);
    }

    /** The window-scale shift, or -1 when absent. */
    public int windowScale() {
        int at = findOption(OPT_WSCALE, 3);
        return at < 0 ? -1 : b[at] & 0xff;
    }

    public boolean sackPermitted() {
        return findOption(OPT_SACK_PERM, 2) >= 0;
    }

    /** Offset of the timestamp option's TSval (TSecr follows), or -1 when absent. */
    public int timestampOffset() {
        return findOption(OPT_TIMESTAMP, 10);
    }

    /** Data offset of the first well-formed option of that kind and total length, or -1. */
    private int findOption(int kind, int totalLength) {
        if (headerLength <= MIN_HEADER) {
            return -1;
        }
        options.reset(b, start + MIN_HEADER, start + headerLength, TlvFormat.TCP);
        while (options.next(Problems.IGNORE)) {
            if (options.type() == kind && options.totalLength() == totalLength) {
                return options.dataOffset();
            }
        }
        return -1;
    }

    public void describe(DissectionBuilder out) {
        int at = start;
        if (portsOnly) {
            out.layer("tcp", at, QUOTED_MINIMUM);
            out.dec("tcp.srcport", srcPort(), at + SRC_PORT, 2);
            out.dec("tcp.dstport", dstPort(), at + DST_PORT, 2);
            out.dec("tcp.seq_raw", seq(), at + SEQ, 4);
            return;
        }
        out.layer("tcp", at, headerLength);
        out.dec("tcp.srcport", srcPort(), at + SRC_PORT, 2);
        out.dec("tcp.dstport", dstPort(), at + DST_PORT, 2);
        out.dec("tcp.len", payloadLength, at, 0);
        out.dec("tcp.seq_raw", seq(), at + SEQ, 4);
        out.dec("tcp.ack_raw", ack(), at + ACK, 4);
        out.dec("tcp.hdr_len", headerLength, at + OFFSET, 1);
        int f = u16(OFFSET) & 0x0fff;
        out.hex("tcp.flags", f, at + OFFSET, 2);
        out.dec("tcp.flags.res", (f >>> 9) & 7, at + OFFSET, 1);
        out.flag("tcp.flags.ae", (f & AE) != 0, at + OFFSET, 1);
        out.flag("tcp.flags.cwr", (f & CWR) != 0, at + FLAGS, 1);
        out.flag("tcp.flags.ece", (f & ECE) != 0, at + FLAGS, 1);
        out.flag("tcp.flags.urg", (f & URG) != 0, at + FLAGS, 1);
        out.flag("tcp.flags.ack", (f & ACK_FLAG) != 0, at + FLAGS, 1);
        out.flag("tcp.flags.push", (f & PSH) != 0, at + FLAGS, 1);
        out.flag("tcp.flags.reset", (f & RST) != 0, at + FLAGS, 1);
        out.flag("tcp.flags.syn", (f & SYN) != 0, at + FLAGS, 1);
        out.flag("tcp.flags.fin", (f & FIN) != 0, at + FLAGS, 1);
        out.dec("tcp.window_size_value", window(), at + WINDOW, 2);
        out.hex("tcp.checksum", checksum(), at + CHECKSUM, 2);
        out.dec("tcp.urgent_pointer", urgentPointer(), at + URGENT, 2);
        if (headerLength > MIN_HEADER) {
            describeOptions(out);
        }
    }

    private void describeOptions(DissectionBuilder out) {
        options.reset(b, start + MIN_HEADER, start + headerLength, TlvFormat.TCP);
        while (options.next(Problems.IGNORE)) {
            int o = options.offset();
            int kind = options.type();
            int len = options.totalLength();
            int d = options.dataOffset();
            out.dec("tcp.option_kind", kind, o, 1);
            if (len == 1) {
                out.bytes(kind == OPT_NOP ? "tcp.options.nop" : "tcp.options.eol", b, o, 1);
                continue;
            }
            out.dec("tcp.option_len", len, o + 1, 1);
            switch (kind) {
                case OPT_MSS -> {
                    if (len == 4) {
                        out.dec("tcp.options.mss_val", Bytes.u16(b, d), d, 2);
                    }
                }
                case OPT_WSCALE -> {
                    if (len == 3) {
                        int shift = b[d] & 0xff;
                        out.dec("tcp.options.wscale.shift", shift, d, 1);
                        out.dec("tcp.options.wscale.multiplier", shift > 14 ? 1L << 14 : 1L << shift, d, 1);
                    }
                }
                case OPT_SACK_PERM -> out.bytes("tcp.options.sack_perm", b, o, len);
                case OPT_TIMESTAMP -> {
                    if (len == 10) {
                        out.dec("tcp.options.timestamp.tsval", Bytes.u32(b, d), d, 4);
                        out.dec("tcp.options.timestamp.tsecr", Bytes.u32(b, d + 4), d + 4, 4);
                    }
                }
                case OPT_SACK -> {
                    for (int e = d; e + 8 <= o + len; e += 8) {
                        out.dec("tcp.options.sack_le", Bytes.u32(b, e), e, 4);
                        out.dec("tcp.options.sack_re", Bytes.u32(b, e + 4), e + 4, 4);
                    }
                }
                default -> out.bytes("tcp.options.unknown.payload", b, d, len - 2);
            }
        }
        describePadding(out);
    }

    /** Zero bytes after End of Option List are padding; tshark shows each as another EOL, and so do we. */
    private void describePadding(DissectionBuilder out) {
        if (!options.reachedEndOfList()) {
            return;
        }
        for (int i = options.position(); i < start + headerLength && b[i] == 0; i++) {
            out.dec("tcp.option_kind", 0, i, 1);
            out.bytes("tcp.options.eol", b, i, 1);
        }
    }

    /** The header as a record; null for a quoted header cut short ({@link #portsOnly()}). */
    public TcpRepr toRepr() {
        if (portsOnly) {
            return null;
        }
        List<TcpOption> opts = new ArrayList<>();
        if (headerLength > MIN_HEADER) {
            options.reset(b, start + MIN_HEADER, start + headerLength, TlvFormat.TCP);
            while (options.next(Problems.IGNORE)) {
                opts.add(new TcpOption(options.type(), options.totalLength() == 1 ? null
                        : Octets.of(b, options.dataOffset(), options.dataLength())));
            }
        }
        return new TcpRepr(srcPort(), dstPort(), seq(), ack(), flags(), window(), urgentPointer(), opts);
    }
}
