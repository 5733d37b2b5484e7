package dev.wirecheck.parsers.kaitai;

import io.kaitai.struct.ByteBufferKaitaiStream;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * A Kaitai stream over exactly one window of a frame, so a generated parser sees the
 * bytes present and nothing more, with position 0 at the window's start.
 *
 * <p>The runtime's {@code readBytes(n)} allocates {@code n} bytes before it looks at what
 * is left; this stream checks first, so no length field can make it allocate more than
 * the frame holds. (Substreams the generated code makes are slices of this buffer, and
 * every {@code size:} in the specs is bounded by a one- or two-byte field.)
 */
final class BoundedStream extends ByteBufferKaitaiStream {

    BoundedStream(byte[] frame, int at, int length) {
        super(ByteBuffer.wrap(frame, at, length).slice());
    }

    @Override
    protected byte[] readBytesNotAligned(long n) {
        if (n > size() - pos()) {
            throw new BufferUnderflowException();
        }
        return super.readBytesNotAligned(n);
    }
}
