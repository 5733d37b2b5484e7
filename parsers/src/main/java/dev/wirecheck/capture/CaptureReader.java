package dev.wirecheck.capture;

import dev.wirecheck.wire.Frame;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Streams frames out of a capture file (classic pcap or pcapng, recognised by their magic
 * numbers) without loading it whole. {@link #next()} returns null at a clean end and
 * throws {@link CaptureFormatException} at damage, after every intact frame before it
 * has been returned.
 */
public interface CaptureReader extends AutoCloseable {

    /** The largest frame accepted (libpcap's MAXIMUM_SNAPLEN); longer records are corrupt. */
    int MAX_FRAME = 262_144;

    /** The next frame, or null at the end of the file. */
    Frame next() throws IOException;

    /** Frames returned so far. */
    long framesRead();

    /** Byte offset of the next record. */
    long position();

    @Override
    void close() throws IOException;

    static CaptureReader open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such capture file");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a directory, not a capture file");
        }
        return open(Files.newInputStream(file), file.toString());
    }

    /** Reads from a stream; {@code name} is used in error messages. The stream is closed with the reader. */
    static CaptureReader open(InputStream stream, String name) throws IOException {
        CountingInput in = new CountingInput(stream);
        byte[] magic = new byte[4];
        int n = in.readFully(magic, 0, 4);
        if (n < 4) {
            in.close();
            throw new CaptureFormatException(name, 0, 1, n == 0 ? "empty file, not a capture" : "file too short for a capture header");
        }
        long le = CountingInput.u32(magic, 0, false);
        if (le == PcapngReader.SHB_TYPE) {
            return new PcapngReader(in, name);
        }
        if (PcapReader.isMagic(le)) {
            return new PcapReader(in, name, magic);
        }
        in.close();
        throw new CaptureFormatException(name, 0, 1, String.format(
                "not a pcap or pcapng file (magic 0x%08x)", CountingInput.u32(magic, 0, true)));
    }

    /** Calls {@code action} for every frame of the file. */
    static long forEach(Path file, Consumer<Frame> action) throws IOException {
        try (CaptureReader r = open(file)) {
            Frame f;
            while ((f = r.next()) != null) {
                action.accept(f);
            }
            return r.framesRead();
        }
    }

    /** Reads every frame into memory (for tests and small files). */
    static java.util.List<Frame> readAll(Path file) throws IOException {
        java.util.List<Frame> out = new java.util.ArrayList<>();
        forEach(file, out::add);
        return out;
    }

    /** Iterates; damage surfaces as an {@link UncheckedIOException} wrapping the cause. */
    default Iterator<Frame> iterator() {
        return new Iterator<>() {
            private Frame ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    try {
                        ahead = CaptureReader.this.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return ahead != null;
            }

            @Override
            public Frame next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Frame f = ahead;
                ahead = null;
                return f;
            }
        };
    }
}
