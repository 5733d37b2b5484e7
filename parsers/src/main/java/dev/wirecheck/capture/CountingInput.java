package dev.wirecheck.capture;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered byte source that knows its position and reads little- or big-endian
 * integers, for the capture readers. {@link #readFully} reports how much it got before
 * the end, so a truncated record can be described precisely.
 */
final class CountingInput implements AutoCloseable {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long consumed;

    CountingInput(InputStream in) {
        this.in = in;
    }

    /** Byte offset of the next byte to be read. */
    long position() {
        return consumed + pos;
    }

    private boolean fill() throws IOException {
        consumed += limit;
        pos = 0;
        limit = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        limit = n;
        return true;
    }

    /** Reads up to {@code len} bytes; returns how many were read (less only at the end of input). */
    int readFully(byte[] out, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            if (pos == limit && !fill()) {
                break;
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
