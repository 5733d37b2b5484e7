package dev.wirecheck.live.replay;

import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.Checksum;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces bytes of a frame and adjusts the Internet checksums that cover them incrementally
 * (RFC 1624 §3, eqn. 3). A correct checksum stays correct, and a deliberately wrong one (a
 * fuzz reproducer) stays wrong by the same amount, which a full recomputation would hide.
 * It also works where the upper-layer checksum is in another fragment: that fragment goes
 * through the same address change.
 */
final class ChecksumPatch {
    /** A checksum field and the byte ranges it covers ({@code [from, to)}, each starting on a word). */
    private record Covered(int fieldAt, int[] ranges) {
        int rangeStartOf(int pos) {
            for (int i = 0; i < ranges.length; i += 2) {
                if (pos >= ranges[i] && pos < ranges[i + 1]) {
                    return ranges[i];
                }
            }
            return -1;
        }
    }

    private final byte[] frame;
    private final List<Covered> checksums = new ArrayList<>(2);

    ChecksumPatch(byte[] frame) {
        this.frame = frame;
    }

    /**
     * Declares the checksum at {@code fieldAt} covering the given ranges (pairs of from, to).
     * With {@code zeroMeansNone} the value 0 (UDP over IPv4 without checksum, RFC 768) is
     * left alone.
     */
    ChecksumPatch covering(int fieldAt, boolean zeroMeansNone, int... ranges) {
        if (fieldAt >= 0 && fieldAt + 2 <= frame.length && !(zeroMeansNone && Bytes.u16(frame, fieldAt) == 0)) {
            checksums.add(new Covered(fieldAt, ranges));
        }
        return this;
    }

    /** Writes {@code replacement} at {@code at} and patches every declared checksum that covers a changed byte. */
    void replace(int at, byte[] replacement) {
        for (int i = 0; i < replacement.length; i++) {
            int pos = at + i;
            int old = frame[pos] & 0xff, now = replacement[i] & 0xff;
            if (old == now) {
                continue;
            }
            frame[pos] = replacement[i];
            for (Covered c : checksums) {
                int start = c.rangeStartOf(pos);
                if (start < 0) {
                    continue;
                }
                boolean high = ((pos - start) & 1) == 0;
                int oldWord = high ? old << 8 : old, newWord = high ? now << 8 : now;
                Bytes.put16(frame, c.fieldAt(), Checksum.update(Bytes.u16(frame, c.fieldAt()), oldWord, newWord));
            }
        }
    }

    /** Replaces an address-sized field when {@code map} knows a replacement for it. */
    void map(int at, int length, AddressMap map) {
        if (at < 0 || at + length > frame.length) {
            return;
        }
        byte[] replacement = map.lookup(frame, at, length);
        if (replacement != null) {
            replace(at, replacement);
        }
    }
}
