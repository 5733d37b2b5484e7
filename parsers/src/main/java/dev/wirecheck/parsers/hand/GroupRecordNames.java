package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.DissectionBuilder;

/**
 * The group records of IGMPv3 reports (RFC 3376 §4.2.4) and MLDv2 reports (RFC 3810
 * §5.2.4) share one layout: record type, aux data length in 32-bit words, number of
 * sources, the multicast address, the source addresses and the aux data. Only the address
 * size and Wireshark's field names differ, so one walk serves both.
 */
record GroupRecordNames(int addressLength, String recordType, String auxDataLength, String sources,
                        String group, String source) {

    static final GroupRecordNames IGMPV3 = new GroupRecordNames(4, "igmp.record_type", "igmp.aux_data_len",
            "igmp.num_src", "igmp.maddr", "igmp.saddr");
    static final GroupRecordNames MLDV2 = new GroupRecordNames(16, "icmpv6.mldr.mar.record_type",
            "icmpv6.mldr.mar.aux_data_len", "icmpv6.mldr.mar.nb_sources", "icmpv6.mldr.mar.multicast_address",
            "icmpv6.mldr.mar.source_address");

    /** Names the fields of up to {@code records} records from {@code pos}, never past {@code end}. */
    void describe(byte[] b, int pos, int end, int records, DissectionBuilder out) {
        int fixed = 4 + addressLength;
        for (int i = 0; i < records && pos + fixed <= end; i++) {
            int aux = b[pos + 1] & 0xff;
            int n = Bytes.u16(b, pos + 2);
            out.dec(recordType, b[pos] & 0xff, pos, 1);
            out.dec(auxDataLength, aux, pos + 1, 1);
            out.dec(sources, n, pos + 2, 2);
            address(group, b, pos + 4, out);
            for (int s = 0; s < n && pos + fixed + addressLength * (s + 1) <= end; s++) {
                address(source, b, pos + fixed + addressLength * s, out);
            }
            pos += fixed + addressLength * n + 4 * aux;
        }
    }

    private void address(String name, byte[] b, int at, DissectionBuilder out) {
        if (addressLength == 4) {
            out.ipv4(name, b, at);
        } else {
            out.ipv6(name, b, at);
        }
    }
}
