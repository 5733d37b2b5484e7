package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Problems;

/**
 * Walks a run of TLV options in place. A view keeps one cursor and re-uses it, so walking
 * options allocates nothing:
 *
 * <pre>{@code
 * cursor.reset(bytes, from, end, TlvFormat.TCP);
 * while (cursor.next(problems)) { switch (cursor.type()) { … } }
 * }</pre>
 *
 * {@code next} stops at the end of the run, at an end-of-list option, or at the first
 * malformed option (reporting it once); {@link #stoppedOnError()} tells which.
 */
public final class TlvCursor {
    private byte[] b;
    private int pos;
    private int end;
    private TlvFormat format;
    private int type;
    private int at;
    private int totalLength;
    private boolean error;
    private boolean ended;

    public void reset(byte[] bytes, int from, int end, TlvFormat format) {
        this.b = bytes;
        this.pos = from;
        this.end = end;
        this.format = format;
        this.error = false;
        this.ended = false;
        this.type = -1;
    }

    /** Moves to the next option; false when there is none (end, end-of-list, or an error). */
    public boolean next(Problems problems) {
        if (error || ended || pos >= end) {
            return false;
        }
        at = pos;
        type = b[pos] & 0xff;
        if (type == format.endType()) {
            totalLength = 1;
            ended = true;
            pos = pos + 1;
            return true;
        }
        if (type == format.padType()) {
            totalLength = 1;
            pos = pos + 1;
            return true;
        }
        if (pos + 2 > end) {
            return fail(problems, "option " + type + " has no room for its length byte");
        }
        int raw = b[pos + 1] & 0xff;
        int total = raw * format.unit() + (format.lengthIncludesHeader() ? 0 : 2);
        if (total < format.minTotalLength()) {
            return fail(problems, "option " + type + " has invalid length " + raw);
        }
        if (pos + total > end) {
            error = true;
            problems.add(format.layer(), at, format.pastEnd(),
                    "option " + type + " of " + total + " bytes runs " + (pos + total - end) + " bytes past the end");
            return false;
        }
        totalLength = total;
        pos = pos + total;
        return true;
    }

    private boolean fail(Problems problems, String message) {
        error = true;
        problems.add(format.layer(), at, format.badLength(), message);
        return false;
    }

    public int type() {
        return type;
    }

    /** Offset of the option's type byte. */
    public int offset() {
        return at;
    }

    /** Total length including type and length bytes (1 for pad/end). */
    public int totalLength() {
        return totalLength;
    }

    /** Offset of the option's data (after type and length). */
    public int dataOffset() {
        return totalLength == 1 ? at + 1 : at + 2;
    }

    public int dataLength() {
        return totalLength == 1 ? 0 : totalLength - 2;
    }

    public boolean isPad() {
        return type == format.padType() && totalLength == 1;
    }

    public boolean isEnd() {
        return type == format.endType() && totalLength == 1;
    }

    public boolean stoppedOnError() {
        return error;
    }

    /** True when the walk stopped at an end-of-list option (bytes after it are padding). */
    public boolean reachedEndOfList() {
        return ended;
    }

    /**
     * After an end-of-list option, the offset of the first padding byte that is not zero
     * (RFC 791 §3.1 and RFC 9293 §3.1 require zero padding), or -1.
     */
    public int nonZeroPadding() {
        if (!ended) {
            return -1;
        }
        for (int i = pos; i < end; i++) {
            if (b[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the walk stopped: the first byte not consumed. */
    public int position() {
        return pos;
    }
}
