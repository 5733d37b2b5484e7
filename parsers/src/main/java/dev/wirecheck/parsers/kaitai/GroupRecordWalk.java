package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.parsers.kaitai.gen.GroupRecords;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;

/**
 * Checks the records a {@code group_records} spec read (IGMPv3 and MLDv2 reports) against
 * the counts that announced them, walking them by their declared sizes as RFC 3376 §4.2.4
 * and RFC 3810 §5.2.4 lay them out: the first record that is missing or runs past the
 * message is reported, once.
 */
final class GroupRecordWalk {
    private GroupRecordWalk() {}

    static void check(GroupRecords records, int numRecords, int first, int end, String layer, MalformationCode code,
                      String what, Problems problems) {
        int read = records == null || records.records() == null ? 0 : records.records().size();
        long pos = first;
        for (int i = 0; i < numRecords; i++) {
            if (i >= read) {
                problems.add(layer, (int) pos, code, what + " announces " + numRecords + " records, record "
                        + (i + 1) + " is cut off");
                return;
            }
            int size = records.records().get(i).declaredLength();
            if (pos + size > end) {
                problems.add(layer, (int) pos, code, what + " record " + (i + 1) + " of " + size
                        + " bytes runs past the message");
                return;
            }
            pos += size;
        }
    }
}
