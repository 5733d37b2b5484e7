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

    /** The TPID that introduced the tag; it decides how the tag is named. */
    private int tpid = EtherTypes.VLAN;

    /** Reads an 802.1Q tag (TPID 0x8100). */
    public boolean read(byte[] bytes, int at, int length, Problems problems) {
        return read(bytes, at, length, EtherTypes.VLAN, problems);
    }

    /**
     * Reads the tag that the EtherType {@code tpid} introduced. The TPID is remembered here
     * rather than read back from the bytes before the tag, which a view must never touch.
     */
    public boolean read(byte[] bytes, int at, int length, int tpid, Problems problems) {
        this.tpid = tpid;
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
        describe(out, tpid, start, priority(), dropEligible() ? 1 : 0, id(), type());
    }

    /**
     * Names a tag's fields as Wireshark does, for both parser families: an IEEE 802.1ad
     * S-tag (TPID 0x88A8) is the layer {@code ieee8021ad}, whose EtherType Wireshark calls
     * {@code ieee8021ah.etype}; an 802.1Q tag (0x8100, or the pre-standard 0x9100) is {@code vlan}.
     *
     * @param tpid the EtherType that introduced the tag
     * @param at   offset of the tag control information
     */
    public static void describe(DissectionBuilder out, int tpid, int at, int priority, int dei, int id, int type) {
        boolean serviceTag = tpid == EtherTypes.QINQ;
        String layer = serviceTag ? "ieee8021ad" : "vlan";
        out.layer(layer, at, HEADER);
        out.dec(layer + ".priority", priority, at + TCI, 2);
        out.dec(layer + ".dei", dei, at + TCI, 2);
        out.dec(layer + ".id", id, at + TCI, 2);
        if (type < EtherTypes.MIN_ETHERTYPE) {
            out.dec(layer + ".len", type, at + TYPE, 2);
        } else {
            out.hex(serviceTag ? "ieee8021ah.etype" : "vlan.etype", type, at + TYPE, 2);
        }
    }
}
