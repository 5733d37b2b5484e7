package dev.wirecheck.capture;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered byte source that knows its position and reads little- or big-endian
 * integers, for the capture readers. {@link #readFully} reports how much it got before
 * the end, so a truncated record can be described precisely.
 *
 * <p>A record larger than the buffer is read straight from the stream into its own array
 * rather than through the buffer. A record that fits is still copied out of the buffer into
 * a new (zeroed) array: {@code Arrays.copyOfRange}, which skips the zeroing, measured slower
 * here (13.7 against 15.2 M frames/s on bench's 685 MB image), likely because clearing fresh
 * young-generation memory first is cheaper than copying into lines that are not yet cached.
 */
final class CountingInput implements AutoCloseable {
    /**
     * Bytes asked of a file or pipe at a time: each fill is a system call (and, for a file
     * channel, one more copy), so fewer, larger ones. Reading bench's 685 MB image from a file
     * in the page cache: 9.9 M frames per CPU-second at 128 KiB, 9.1 M at 64, 8.4 M at 32.
     */
    static final int BUFFER = 1 << 17;
    /**
     * The buffer for bytes already in memory, where a fill is only a copy: small enough that
     * the bytes are still in the first-level cache when each frame is copied out of it (the
     * same image from an array: 16.2 M frames per CPU-second at 8 KiB, 11.1 M at 64 KiB).
     * Also the least for any stream, so a pipe with little ready at the start is still read
     * in sizeable pieces.
     */
    static final int MIN_BUFFER = 1 << 13;

    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int limit;
    private long consumed;

    CountingInput(InputStream in) {
        this.in = in;
        this.buf = new byte[bufferSize(in)];
    }

    /**
     * {@link #MIN_BUFFER} for an array, else no larger than the stream says it holds (files know
     * their remaining size), up to {@link #BUFFER}: a 1 KB capture, or a run of records handed
     * over as a stream of its own (bench opens a reader per 1,024 frames), need not allocate
     * and clear 128 KiB.
     */
    private static int bufferSize(InputStream in) {
        if (in instanceof ByteArrayInputStream) {
            return MIN_BUFFER;
        }
        int ready;
        try {
            ready = in.available();
        } catch (IOException e) {
            ready = 0; // the first read reports the problem
        }
        return ready <= 0 ? BUFFER : Math.max(MIN_BUFFER, Math.min(BUFFER, ready));
    }

    /** Byte offset of the next byte to be read. */
    long position() {
        return consumed + pos;
    }

    private boolean fill() throws IOException {
        int n = readPastBuffer(buf, 0, buf.length);
        if (n < 0) {
            return false;
        }
        limit = n;
        return true;
    }

    /**
     * Counts the buffer's bytes as consumed (the caller has used them all) and reads once from
     * the stream into {@code to}; -1 at the end of input.
     */
    private int readPastBuffer(byte[] to, int off, int len) throws IOException {
        consumed += limit;
        pos = 0;
        limit = 0;
        int n;
        do {
            n = in.read(to, off, len);
        } while (n == 0);
        return n;
    }

    /**
     * Makes the next {@code n} bytes ({@code n} at most {@link #MIN_BUFFER}) lie together in
     * {@link #buffer()} and returns where they start, or -1 when the input ends before them
     * (nothing is consumed either way; {@link #advance} consumes). Lets a reader decode a record
     * header where it lies instead of copying it out first.
     */
    int require(int n) throws IOException {
        if (limit - pos >= n) {
            return pos;
        }
        int rest = limit - pos;
        System.arraycopy(buf, pos, buf, 0, rest);
        consumed += pos;
        pos = 0;
        limit = rest;
        while (limit < n) {
            int got = in.read(buf, limit, buf.length - limit);
            if (got < 0) {
                return -1;
            }
            limit += got;
        }
        return 0;
    }

    /** The buffer {@link #require} points into; valid until the next read. */
    byte[] buffer() {
        return buf;
    }

    /** Consumes {@code n} bytes that {@link #require} made available. */
    void advance(int n) {
        pos += n;
    }

    /** Reads up to {@code len} bytes; returns how many were read (less only at the end of input). */
    int readFully(byte[] out, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            if (pos == limit) {
                if (len - done >= buf.length) {
                    // at least a buffer's worth still wanted: straight from the stream, one copy fewer
                    int n = readPastBuffer(out, off + done, len - done);
                    if (n < 0) {
                        break;
                    }
                    consumed += n;
                    done += n;
                    continue;
                }
                if (!fill()) {
                    break;
                }
            }
            int n = Math.min(len - done, limit - pos);
            System.arraycopy(buf, pos, out, off + done, n);
            pos += n;
            done += n;
        }
        return done;
    }

    /** Skips up to {@code n} bytes; returns how many were skipped. */
    long skip(long n) throws IOException {
        long done = 0;
        while (done < n) {
            if (pos == limit && !fill()) {
                break;
            }
            int step = (int) Math.min(n - done, limit - pos);
            pos += step;
            done += step;
        }
        return done;
    }

    /** True when no byte is left. */
    boolean atEnd() throws IOException {
        return pos == limit && !fill();
    }

    static int u16(byte[] b, int at, boolean bigEndian) {
        return bigEndian ? ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff)
                : ((b[at + 1] & 0xff) << 8) | (b[at] & 0xff);
    }

    static long u32(byte[] b, int at, boolean bigEndian) {
        if (bigEndian) {
            return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
        }
        return ((long) (b[at + 3] & 0xff) << 24) | ((b[at + 2] & 0xff) << 16) | ((b[at + 1] & 0xff) << 8) | (b[at] & 0xff);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    static EOFException eof() {
        return new EOFException();
    }
}
