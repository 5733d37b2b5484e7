package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;

import static dev.wirecheck.wire.MalformationCode.Category.LIMIT;
import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * One IEEE 802.1Q / 802.1ad tag as it follows the TPID: the tag control information
 * (priority, drop eligible, VLAN id) and the EtherType of what follows.
 */
public final class Vlan extends View {
    static final int TCI = 0, TYPE = 2, HEADER = 4;
    /** More stacked tags than any real network uses; the limit stops a loop of tags. */
    public static final int MAX_TAGS = 4;

    public static final MalformationCode TRUNCATED_TAG = Code.of("vlan", "truncated", TRUNCATED);
    public static final MalformationCode TOO_MANY_TAGS = Code.of("vlan", "too-many-tags", LIMIT);

    public boolean read(byte[] bytes, int at, int length, Problems problems) {
        wrap(bytes, at, length);
        if (length < HEADER) {
            problems.add("vlan", at, TRUNCATED_TAG, "802.1Q tag needs 4 bytes, " + length + " left");
            return false;
        }
        return true;
    }

    public int priority() {
        return u8(TCI) >>> 5;
    }

    public boolean dropEligible() {
        return (u8(TCI) & 0x10) != 0;
    }

    public int id() {
        return u16(TCI) & 0x0fff;
    }

    public int type() {
        return u16(TYPE);
    }

    public void describe(DissectionBuilder out) {
        out.layer("vlan", start, HEADER);
        out.dec("vlan.priority", priority(), start + TCI, 2);
        out.dec("vlan.dei", dropEligible() ? 1 : 0, start + TCI, 2);
        out.dec("vlan.id", id(), start + TCI, 2);
        if (type() < EtherTypes.MIN_ETHERTYPE) {
            out.dec("vlan.len", type(), start + TYPE, 2);
        } else {
            out.hex("vlan.etype", type(), start + TYPE, 2);
        }
    }
}
