package dev.wirecheck.rules;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Icmpv6;
import dev.wirecheck.parsers.hand.TlvCursor;
import dev.wirecheck.parsers.hand.TlvFormat;
import dev.wirecheck.wire.Problems;

/** Walks the options of a Neighbor Discovery message (RFC 4861 §4.6). */
public final class NdpOptions {
    public static final int SOURCE_LINK_ADDRESS = 1, TARGET_LINK_ADDRESS = 2;

    private final TlvCursor cursor = new TlvCursor();

    /** Offset of the first option of this type, or -1. */
    public int find(DecodedFrame f, int type) {
        Icmpv6 m = f.icmpv6();
        int from = m.ndpOptionsOffset();
        if (from < 0) {
            return -1;
        }
        cursor.reset(f.bytes(), from, m.end(), TlvFormat.NDP);
        while (cursor.next(Problems.IGNORE)) {
            if (cursor.type() == type) {
                return cursor.offset();
            }
        }
        return -1;
    }

    /** Offset of an option whose length byte is 0 (RFC 4861 §4.6: invalid), or -1. */
    public static int zeroLength(DecodedFrame f) {
        Icmpv6 m = f.icmpv6();
        int at = m.ndpOptionsOffset();
        if (at < 0) {
            return -1;
        }
        byte[] b = f.bytes();
        while (at + 2 <= m.end()) {
            int len = b[at + 1] & 0xff;
            if (len == 0) {
                return at;
            }
            at += len * 8;
        }
        return -1;
    }
}
