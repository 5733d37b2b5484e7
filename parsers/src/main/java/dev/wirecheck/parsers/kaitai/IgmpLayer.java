package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.hand.Igmp;
import dev.wirecheck.parsers.kaitai.gen.GroupRecords;
import dev.wirecheck.parsers.kaitai.gen.IgmpPacket;
import dev.wirecheck.wire.Checksum;
import dev.wirecheck.wire.DissectionBuilder;

/** IGMP v1/v2/v3 from {@code igmp_packet}. */
final class IgmpLayer {
    private IgmpLayer() {}

    static void read(Ctx c, int at, int length, boolean verify) {
        IgmpPacket igmp = Region.parse(c.b, at, length, IgmpPacket::new, c.problems, "igmp", Igmp.TRUNCATED_HEADER,
                "IGMP message");
        if (igmp == null) {
            return;
        }
        if (verify && !Checksum.verifies(c.b, at, length)) {
            c.problems.add("igmp", at + 2, Igmp.BAD_CHECKSUM_VALUE,
                    String.format("IGMP checksum 0x%04x does not verify", igmp.checksum()));
        }
        DissectionBuilder out = c.out;
        out.layer("igmp", at, length);
        out.dec("igmp.version", igmp.version(), at, 0);
        out.hex("igmp.type", igmp.igmpType(), at, 1);
        IgmpPacket.V3Report report = igmp.v3Report();
        if (report != null) {
            out.hex("igmp.checksum", igmp.checksum(), at + 2, 2);
            out.dec("igmp.num_grp_recs", report.numRecords(), at + 6, 2);
            GroupRecordWalk.check(report.records(), report.numRecords(), at + 8, at + length, "igmp",
                    Igmp.RECORD_PAST_END, "IGMPv3 report", c.problems);
            GroupRecords records = report.records();
            if (records != null && records.records() != null) {
                int pos = at + 8;
                for (GroupRecords.GroupRecord r : records.records()) {
                    out.dec("igmp.record_type", r.recordType(), pos, 1);
                    out.dec("igmp.aux_data_len", r.auxDataLen(), pos + 1, 1);
                    out.dec("igmp.num_src", r.numSources(), pos + 2, 2);
                    out.add(Fields.ipv4("igmp.maddr", r.multicastAddress(), pos + 4));
                    int a = pos + 8;
                    for (byte[] source : r.sources()) {
                        out.add(Fields.ipv4("igmp.saddr", source, a));
                        a += 4;
                    }
                    pos += r.declaredLength();
                }
            }
            return;
        }
        out.dec("igmp.max_resp", igmp.maxResponse(), at + 1, 1);
        out.hex("igmp.checksum", igmp.checksum(), at + 2, 2);
        out.add(Fields.ipv4("igmp.maddr", igmp.group(), at + 4));
        IgmpPacket.V3QueryTail q = igmp.v3Query();
        if (q != null) {
            if (q.sources().size() < q.numSources()) {
                c.problems.add("igmp", at + 10, Igmp.SOURCES_PAST_END, "IGMPv3 query lists " + q.numSources()
                        + " sources, room for " + q.sources().size());
            }
            out.dec("igmp.s", (q.flags() >>> 3) & 1, at + 8, 1);
            out.dec("igmp.qrv", q.flags() & 7, at + 8, 1);
            out.dec("igmp.qqic", q.qqic(), at + 9, 1);
            out.dec("igmp.num_src", q.numSources(), at + 10, 2);
            int a = at + 12;
            for (byte[] source : q.sources()) {
                out.add(Fields.ipv4("igmp.saddr", source, a));
                a += 4;
            }
        }
    }
}
