package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;

/**
 * Multicast Listener Discovery bodies: MLDv1 query/report/done (RFC 2710 §3), MLDv2
 * query (RFC 3810 §5.1, told apart from v1 by its length, §8.1) and MLDv2 report (§5.2)
 * with its multicast address records.
 */
final class MldBody {
    static final MalformationCode SOURCES_PAST_END = Code.of("icmpv6", "mld-sources-past-end", BAD_LENGTH);
    static final MalformationCode RECORD_PAST_END = Code.of("icmpv6", "mld-record-past-end", BAD_LENGTH);

    static boolean isMld(int type) {
        return type == Icmpv6.MLD_QUERY || type == Icmpv6.MLD_REPORT || type == Icmpv6.MLD_DONE
                || type == Icmpv6.MLDV2_REPORT;
    }

    static boolean isV2Query(int type, int length) {
        return type == Icmpv6.MLD_QUERY && length >= 28;
    }

    void check(byte[] b, int at, int length, int type, Problems problems) {
        if (isV2Query(type, length)) {
            int n = Bytes.u16(b, at + 26);
            if (28 + 16L * n > length) {
                problems.add("icmpv6", at + 26, SOURCES_PAST_END,
                        "MLDv2 query lists " + n + " sources, room for " + (length - 28) / 16);
            }
        } else if (type == Icmpv6.MLDV2_REPORT) {
            int records = Bytes.u16(b, at + 6);
            int pos = at + 8;
            int end = at + length;
            for (int i = 0; i < records; i++) {
                if (pos + 20 > end) {
                    problems.add("icmpv6", pos, RECORD_PAST_END,
                            "MLDv2 report announces " + records + " records, record " + (i + 1) + " is cut off");
                    return;
                }
                long size = 20 + 16L * Bytes.u16(b, pos + 2) + 4L * (b[pos + 1] & 0xff);
                if (pos + size > end) {
                    problems.add("icmpv6", pos, RECORD_PAST_END,
                            "MLDv2 record " + (i + 1) + " of " + size + " bytes runs past the message");
                    return;
                }
                pos += (int) size;
            }
        }
    }

    void describe(byte[] b, int at, int length, int type, DissectionBuilder out) {
        if (type == Icmpv6.MLDV2_REPORT) {
            out.bytes("icmpv6.reserved", b, at + 4, 2);
            int records = Bytes.u16(b, at + 6);
            out.dec("icmpv6.mldr.nb_mcast_records", records, at + 6, 2);
            GroupRecordNames.MLDV2.describe(b, at + 8, at + length, records, out);
            return;
        }
        if (isV2Query(type, length)) {
            out.dec("icmpv6.mld.maximum_response_code", Bytes.u16(b, at + 4), at + 4, 2);
        } else {
            out.dec("icmpv6.mld.maximum_response_delay", Bytes.u16(b, at + 4), at + 4, 2);
        }
        out.bytes("icmpv6.reserved", b, at + 6, 2);
        out.ipv6("icmpv6.mld.multicast_address", b, at + 8);
        if (isV2Query(type, length)) {
            int f = b[at + 24] & 0xff;
            out.flag("icmpv6.mld.flag.s", (f & 0x08) != 0, at + 24, 1);
            out.dec("icmpv6.mld.flag.qrv", f & 7, at + 24, 1);
            out.dec("icmpv6.mld.qqi", b[at + 25] & 0xff, at + 25, 1);
            int n = Bytes.u16(b, at + 26);
            out.dec("icmpv6.mld.nb_sources", n, at + 26, 2);
            for (int s = 0; s < n && at + 28 + 16 * (s + 1) <= at + length; s++) {
                out.ipv6("icmpv6.mld.source_address", b, at + 28 + 16 * s);
            }
        }
    }
}
