package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Code;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.MalformationCode;
import dev.wirecheck.wire.Problems;

import static dev.wirecheck.wire.MalformationCode.Category.TRUNCATED;

/**
 * Linux "cooked" capture headers, v1 (LINKTYPE_LINUX_SLL, 16 bytes) and v2
 * (LINKTYPE_LINUX_SLL2, 20 bytes), which tcpdump writes for {@code -i any}.
 */
public final class LinuxSll extends View {
    public static final MalformationCode TRUNCATED_HEADER = Code.of("sll", "truncated", TRUNCATED);

    private boolean v2;

    public boolean read(byte[] bytes, int at, int length, boolean version2, Problems problems) {
        wrap(bytes, at, length);
        this.v2 = version2;
        if (length < headerLength()) {
            problems.add("sll", at, TRUNCATED_HEADER, "Linux cooked header needs " + headerLength() + " bytes, "
                    + length + " left");
            return false;
        }
        return true;
    }

    public int headerLength() {
        return v2 ? 20 : 16;
    }

    /** The EtherType of the payload. */
    public int protocol() {
        return v2 ? u16(0) : u16(14);
    }

    public int packetType() {
        return v2 ? u8(10) : u16(0);
    }

    public int hardwareType() {
        return v2 ? u16(8) : u16(2);
    }

    public int addressLength() {
        return v2 ? u8(11) : u16(4);
    }

    private int addressOffset() {
        return start + (v2 ? 12 : 6);
    }

    public void describe(DissectionBuilder out) {
        out.layer("sll", start, headerLength());
        out.dec("sll.pkttype", packetType(), start + (v2 ? 10 : 0), v2 ? 1 : 2);
        out.dec("sll.hatype", hardwareType(), start + (v2 ? 8 : 2), 2);
        out.dec("sll.halen", addressLength(), start + (v2 ? 11 : 4), v2 ? 1 : 2);
        if (addressLength() == 6) {
            out.mac("sll.src.eth", b, addressOffset());
        }
        if (v2) {
            out.dec("sll.ifindex", Bytes.u32(b, start + 4), start + 4, 4);
        }
        out.hex("sll.etype", protocol(), start + (v2 ? 0 : 14), 2);
    }
}
