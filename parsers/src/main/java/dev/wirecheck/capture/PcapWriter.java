package dev.wirecheck.capture;

import dev.wirecheck.wire.Frame;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes classic pcap (little-endian, nanosecond timestamps by default). {@link #atomic}
 * writes to a temporary file beside the target and renames it into place on close, so a
 * crash never leaves half a capture under the final name.
 */
public final class PcapWriter implements AutoCloseable {
    private final OutputStream out;
    private final boolean nanos;
    private final byte[] record = new byte[16];
    private final Path temp;
    private final Path target;
    private boolean failed;

    public PcapWriter(OutputStream out, int linkTypeNumber, boolean nanosecondTimestamps) throws IOException {
        this(out, linkTypeNumber, nanosecondTimestamps, null, null);
    }

    private PcapWriter(OutputStream out, int linkTypeNumber, boolean nanos, Path temp, Path target) throws IOException {
        this.out = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 1 << 16);
        this.nanos = nanos;
        this.temp = temp;
        this.target = target;
        byte[] h = new byte[24];
        putLe32(h, 0, nanos ? PcapReader.MAGIC_NS : PcapReader.MAGIC_US);
        putLe16(h, 4, 2);
        putLe16(h, 6, 4);
        putLe32(h, 16, CaptureReader.MAX_FRAME);
        putLe32(h, 20, linkTypeNumber);
        this.out.write(h);
    }

    /** A writer whose file appears under {@code file} only when it is closed without error. */
    public static PcapWriter atomic(Path file, int linkTypeNumber) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
        return new PcapWriter(Files.newOutputStream(temp), linkTypeNumber, true, temp, file);
    }

    public void write(Frame frame) throws IOException {
        write(frame.data(), frame.originalLength(), frame.timestampNanos());
    }

    public void write(byte[] data, int originalLength, long timestampNanos) throws IOException {
        try {
            long sec = Math.floorDiv(timestampNanos, 1_000_000_000L);
            long frac = Math.floorMod(timestampNanos, 1_000_000_000L);
            putLe32(record, 0, sec);
            putLe32(record, 4, nanos ? frac : frac / 1000);
            putLe32(record, 8, data.length);
            putLe32(record, 12, Math.max(originalLength, data.length));
            out.write(record);
            out.write(data);
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    /** Marks the output as abandoned: an atomic writer then removes its temporary file on close. */
    public void abandon() {
        failed = true;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            failed = true;
            throw e;
        } finally {
            if (temp != null) {
                if (failed) {
                    Files.deleteIfExists(temp);
                } else {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    private static void putLe16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }

    private static void putLe32(byte[] b, int at, long v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }
}
