package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.kaitai.gen.GroupRecords;
import dev.wirecheck.parsers.kaitai.gen.Icmpv6Packet;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MalformationCode;

import static dev.wirecheck.wire.MalformationCode.Category.BAD_LENGTH;

/** MLDv1 (RFC 2710 §3), the MLDv2 query (RFC 3810 §5.1) and report (§5.2). */
final class MldFields {
    /** The hand-written family's codes (same ids and categories). */
    static final MalformationCode SOURCES_PAST_END = Code.of("icmpv6", "mld-sources-past-end", BAD_LENGTH);
    static final MalformationCode RECORD_PAST_END = Code.of("icmpv6", "mld-record-past-end", BAD_LENGTH);

    private MldFields() {}

    static void describe(Ctx c, Object body, int at, int length) {
        DissectionBuilder out = c.out;
        if (body instanceof Icmpv6Packet.Mldv2Report report) {
            int n = report.numRecords();
            out.add(Fields.bytes("icmpv6.reserved", report.reserved(), at + 4));
            out.dec("icmpv6.mldr.nb_mcast_records", n, at + 6, 2);
            GroupRecordWalk.check(report.records(), n, at + 8, at + length, "icmpv6", RECORD_PAST_END,
                    "MLDv2 report", c.problems);
            records(out, report.records(), at + 8);
            return;
        }
        Icmpv6Packet.MldBody mld = (Icmpv6Packet.MldBody) body;
        Icmpv6Packet.Mldv2QueryTail v2 = mld.v2Query();
        out.dec(v2 != null ? "icmpv6.mld.maximum_response_code" : "icmpv6.mld.maximum_response_delay",
                mld.maxResponse(), at + 4, 2);
        out.add(Fields.bytes("icmpv6.reserved", mld.reserved(), at + 6));
        out.add(Fields.ipv6("icmpv6.mld.multicast_address", mld.multicastAddress(), at + 8));
        if (v2 != null) {
            int f = v2.flags();
            out.dec("icmpv6.mld.flag.s", (f >>> 3) & 1, at + 24, 1);
            out.dec("icmpv6.mld.flag.qrv", f & 7, at + 24, 1);
            out.dec("icmpv6.mld.qqi", v2.qqic(), at + 25, 1);
            out.dec("icmpv6.mld.nb_sources", v2.numSources(), at + 26, 2);
            if (v2.sources().size() < v2.numSources()) {
                c.problems.add("icmpv6", at + 26, SOURCES_PAST_END, "MLDv2 query lists " + v2.numSources()
                        + " sources, room for " + v2.sources().size());
            }
            int a = at + 28;
            for (byte[] source : v2.sources()) {
                out.add(Fields.ipv6("icmpv6.mld.source_address", source, a));
                a += 16;
            }
        }
    }

    private static void records(DissectionBuilder out, GroupRecords records, int first) {
        if (records == null || records.records() == null) {
            return;
        }
        int pos = first;
        for (GroupRecords.GroupRecord r : records.records()) {
            out.dec("icmpv6.mldr.mar.record_type", r.recordType(), pos, 1);
            out.dec("icmpv6.mldr.mar.aux_data_len", r.auxDataLen(), pos + 1, 1);
            out.dec("icmpv6.mldr.mar.nb_sources", r.numSources(), pos + 2, 2);
            out.add(Fields.ipv6("icmpv6.mldr.mar.multicast_address", r.multicastAddress(), pos + 4));
            int a = pos + 20;
            for (byte[] source : r.sources()) {
                out.add(Fields.ipv6("icmpv6.mldr.mar.source_address", source, a));
                a += 16;
            }
            pos += r.declaredLength();
        }
    }
}
