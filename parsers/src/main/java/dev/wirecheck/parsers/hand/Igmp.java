package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Octets;
import dev.wirecheck.wire.Problems;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_CHECKSUM;
import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * IGMP (RFC 2236 v2, RFC 3376 v3; v1 reports of RFC 1112 recognised). The version of a
 * query is told by its length (RFC 3376 §7.1).
 */
public final class Igmp extends View {
    static final int TYPE = 0, MAX_RESP = 1, CHECKSUM = 2, GROUP = 4, HEADER = 8;

    public static final int QUERY = 0x11, V1_REPORT = 0x12, V2_REPORT = 0x16, LEAVE = 0x17, V3_REPORT = 0x22;

    public static final MalformationCode TRUNCATED_HEADER = Code.of("igmp", "truncated", TRUNCATED);
    public static final MalformationCode BAD_CHECKSUM_VALUE = Code.of("igmp", "bad-checksum", BAD_CHECKSUM);
    public static final MalformationCode SOURCES_PAST_END = Code.of("igmp", "sources-past-end", BAD_LENGTH);
    public static final MalformationCode RECORD_PAST_END = Code.of("igmp", "record-past-end", BAD_LENGTH);

    private int length;

    public boolean read(byte[] bytes, int at, int length, boolean verifyChecksum, Problems problems) {
        wrap(bytes, at, length);
        this.length = length;
        if (length < HEADER) {
            problems.add("igmp", at, TRUNCATED_HEADER, "IGMP message needs 8 bytes, " + length + " left");
            return false;
        }
        if (verifyChecksum && problems.enabled() && !Checksum.verifies(b, at, length)) {
            problems.add("igmp", at + CHECKSUM, BAD_CHECKSUM_VALUE, String.format("IGMP checksum 0x%04x, expected 0x%04x",
                    checksum(), Checksums.expected(0, b, at, length, CHECKSUM)));
        }
        if (type() == QUERY && length >= 12) {
            int n = u16(10);
            if (12 + 4L * n > length) {
                problems.add("igmp", at + 10, SOURCES_PAST_END, "IGMPv3 query lists " + n + " sources, room for "
                        + (length - 12) / 4);
            }
        } else if (type() == V3_REPORT) {
            checkRecords(problems);
        }
        return true;
    }

    private void checkRecords(Problems problems) {
        int records = u16(6);
        int pos = start + HEADER;
        int end = start + length;
        for (int i = 0; i < records; i++) {
            if (pos + 8 > end) {
                problems.add("igmp", pos, RECORD_PAST_END, "IGMPv3 report announces " + records + " records, record "
                        + (i + 1) + " is cut off");
                return;
            }
            long size = 8 + 4L * Bytes.u16(b, pos + 2) + 4L * (b[pos + 1] & 0xff);
            if (pos + size > end) {
                problems.add("igmp", pos, RECORD_PAST_END, "IGMPv3 group record " + (i + 1) + " runs past the message");
                return;
            }
            pos += (int) size;
        }
    }

    public int type() {
        return u8(TYPE);
    }

    public int maxResponse() {
        return u8(MAX_RESP);
    }

    public int checksum() {
        return u16(CHECKSUM);
    }

    public int length() {
        return length;
    }

    /** Offset of the group address (v1/v2 messages and v3 queries). */
    public int groupOffset() {
        return start + GROUP;
    }

    /** 1, 2 or 3 as RFC 3376 §7.1 tells them apart. */
    public int version() {
        return switch (type()) {
            case V1_REPORT -> 1;
            case V3_REPORT -> 3;
            case QUERY -> length >= 12 ? 3 : maxResponse() == 0 ? 1 : 2;
            default -> 2;
        };
    }

    public void describe(DissectionBuilder out) {
        int at = start;
        out.layer("igmp", at, length);
        out.dec("igmp.version", version(), at, 0);
        out.hex("igmp.type", type(), at + TYPE, 1);
        if (type() == V3_REPORT) {
            out.hex("igmp.checksum", checksum(), at + CHECKSUM, 2);
            int records = u16(6);
            out.dec("igmp.num_grp_recs", records, at + 6, 2);
            GroupRecordNames.IGMPV3.describe(b, at + HEADER, at + length, records, out);
            return;
        }
        out.dec("igmp.max_resp", maxResponse(), at + MAX_RESP, 1);
        out.hex("igmp.checksum", checksum(), at + CHECKSUM, 2);
        out.ipv4("igmp.maddr", b, at + GROUP);
        if (type() == QUERY && length >= 12) {
            int f = u8(8);
            out.flag("igmp.s", (f & 0x08) != 0, at + 8, 1);
            out.dec("igmp.qrv", f & 7, at + 8, 1);
            out.dec("igmp.qqic", u8(9), at + 9, 1);
            int n = u16(10);
            out.dec("igmp.num_src", n, at + 10, 2);
            for (int s = 0; s < n && 12 + 4 * (s + 1) <= length; s++) {
                out.ipv4("igmp.saddr", b, at + 12 + 4 * s);
            }
        }
    }

    public IgmpRepr toRepr() {
        return new IgmpRepr(type(), maxResponse(), Octets.of(b, start + GROUP, length - GROUP));
    }
}
