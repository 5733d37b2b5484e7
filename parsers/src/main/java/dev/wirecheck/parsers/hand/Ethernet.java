package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MacAddress;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;

import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/** Ethernet II header (IEEE 802.3 §3.2, DIX framing), read in place. */
public final class Ethernet extends View {
    static final int DST = 0, SRC = 6, TYPE = 12, HEADER = 14;

    public static final MalformationCode TRUNCATED_HEADER = Code.of("eth", "truncated", TRUNCATED);

    /** Wraps the header; false (with a malformation) when the frame is shorter than 14 bytes. */
    public boolean read(byte[] bytes, int at, int length, Problems problems) {
        wrap(bytes, at, length);
        if (length < HEADER) {
            problems.add("eth", at, TRUNCATED_HEADER, "Ethernet header needs 14 bytes, frame has " + length);
            return false;
        }
        return true;
    }

    public int dstOffset() {
        return start + DST;
    }

    public int srcOffset() {
        return start + SRC;
    }

    /** The EtherType, or the 802.3 length when below 0x0600. */
    public int type() {
        return u16(TYPE);
    }

    public boolean isLengthField() {
        return type() < EtherTypes.MIN_ETHERTYPE;
    }

    public int headerLength() {
        return HEADER;
    }

    public boolean dstIsMulticast() {
        return (u8(DST) & 1) != 0;
    }

    public void describe(DissectionBuilder out) {
        out.layer("eth", start, HEADER);
        out.mac("eth.dst", b, start + DST);
        out.mac("eth.src", b, start + SRC);
        if (isLengthField()) {
            out.dec("eth.len", type(), start + TYPE, 2);
        } else {
            out.hex("eth.type", type(), start + TYPE, 2);
        }
    }

    public EthernetRepr toRepr() {
        return new EthernetRepr(MacAddress.of(b, start + DST), MacAddress.of(b, start + SRC), type());
    }
}
