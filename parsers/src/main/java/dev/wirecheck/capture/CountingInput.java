package dev.wirecheck.capture;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A buffered byte source that knows its position and reads little- or big-endian
 * integers, for the capture readers. {@link #readFully} reports how much it got before
 * the end, so a truncated record can be described precisely.
 *
 * <p>Frames are copied once, and not zeroed first: {@link #readBytes} hands out a record that
 * is already buffered with {@link Arrays#copyOfRange} (the JIT allocates the new array without
 * clearing it, since the copy fills it whole), and reads a record larger than the buffer
 * straight from the stream into its own array instead of through the buffer.
 */
final class CountingInput implements AutoCloseable {
    /** Bytes asked of the stream at a time: a read per hundred frames or so from a file. */
    static final int BUFFER = 1 << 16;
    /** The smallest buffer, for streams that say they hold less than {@link #BUFFER}. */
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
     * A buffer no larger than the stream says it holds (files and arrays know their remaining
     * size): a 1 KB capture, or a run of records handed over as a stream of their own, need not
     * allocate and clear 64 KiB for each reader. Not below {@link #MIN_BUFFER}, so a pipe with
     * little ready at the start is still read in sizeable pieces.
     */
    private static int bufferSize(InputStream in) {
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
     * The next {@code len} bytes in an array of their own, or null when the input ends first
     * ({@link #position()} then says how far it got: everything there was has been consumed).
     */
    byte[] readBytes(int len) throws IOException {
        if (limit - pos >= len) {
            byte[] out = Arrays.copyOfRange(buf, pos, pos + len);
            pos += len;
            return out;
        }
        byte[] out = new byte[len];
        return readFully(out, 0, len) == len ? out : null;
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
