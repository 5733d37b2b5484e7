package dev.wirecheck.report;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds where a frame's packet data starts in its capture file, so a SARIF result can point at
 * the offending bytes of the file itself (frame offset + offset within the frame).
 *
 * <p>Classic pcap: a 24-byte file header, then per record a 16-byte header and the captured
 * bytes. pcapng (draft-ietf-opsawg-pcapng §4): blocks of type, total length, body, total length;
 * packet data starts 28 bytes into an Enhanced Packet Block (type 6) or the obsolete Packet Block
 * (type 2) and 12 bytes into a Simple Packet Block (type 3); each Section Header Block sets the
 * byte order of the blocks after it. Frames are numbered from 1 over the packet blocks in file
 * order, as {@code CaptureReader} numbers them.
 *
 * <p>Damaged files are not an error here: the scan stops at the first thing it cannot trust and
 * the frames after that point are simply absent from the answer.
 */
public final class FrameOffsets {
    private static final long PCAP_US = 0xa1b2c3d4L, PCAP_NS = 0xa1b23c4dL;
    private static final long PCAPNG_SHB = 0x0a0d0d0aL, BYTE_ORDER_MAGIC = 0x1a2b3c4dL;
    private static final int PCAP_FILE_HEADER = 24, PCAP_RECORD_HEADER = 16;
    private static final int EPB = 6, OBSOLETE_PB = 2, SPB = 3, EPB_DATA = 28, SPB_DATA = 12;
    /** No packet record or block is bigger than this in a file our reader accepts (16 MiB). */
    private static final long MAX_RECORD = 16L << 20;

    private FrameOffsets() {
    }

    /**
     * File offsets of the packet data of the given frames (1-based numbers). Frames the file does
     * not have, or that lie past damage, are missing from the map. Reads only as far as the
     * highest frame asked for.
     */
    public static Map<Long, Long> locate(Path file, Collection<Long> frames) throws IOException {
        TreeSet<Long> wanted = new TreeSet<>(frames);
        Map<Long, Long> found = new HashMap<>();
        if (wanted.isEmpty() || wanted.last() < 1) {
            return found;
        }
        try (Scanner s = new Scanner(new BufferedInputStream(Files.newInputStream(file), 1 << 16), wanted, found)) {
            s.scan();
        }
        return found;
    }

    /** One pass over one file. */
    private static final class Scanner implements AutoCloseable {
        private final InputStream in;
        private final TreeSet<Long> wanted;
        private final Map<Long, Long> found;
        private final byte[] buf = new byte[PCAP_FILE_HEADER];
        private long position;
        private long frame;
        private boolean bigEndian;

        Scanner(InputStream in, TreeSet<Long> wanted, Map<Long, Long> found) {
            this.in = in;
            this.wanted = wanted;
            this.found = found;
        }

        void scan() throws IOException {
            try {
                readAt(0, 4);
                if (u32(0, false) == PCAPNG_SHB) {
                    pcapng();
                    return;
                }
                for (boolean big : new boolean[]{false, true}) {
                    long m = u32(0, big);
                    if (m == PCAP_US || m == PCAP_NS) {
                        bigEndian = big;
                        pcap();
                        return;
                    }
                }
                // neither format: nothing to locate
            } catch (EOFException e) {
                // the file ends (cleanly or cut off): every frame before this point is located
            }
        }

        private void pcap() throws IOException {
            skip(PCAP_FILE_HEADER - 4);
            while (frame < wanted.last()) {
                readAt(0, PCAP_RECORD_HEADER);
                long captured = u32(8, bigEndian);
                if (captured > MAX_RECORD) {
                    return;
                }
                found(position);
                skip(captured);
            }
        }

        /** Called with the first block's type in {@code buf[0..3]}. */
        private void pcapng() throws IOException {
            long blockStart = 0;
            readAt(4, 4);
            while (true) {
                long type;
                if (u32(0, false) == PCAPNG_SHB) { // the same in both byte orders
                    readAt(8, 4);
                    if (u32(8, false) == BYTE_ORDER_MAGIC) {
                        bigEndian = false;
                    } else if (u32(8, true) == BYTE_ORDER_MAGIC) {
                        bigEndian = true;
                    } else {
                        return;
                    }
                    type = PCAPNG_SHB;
                } else {
                    type = u32(0, bigEndian);
                }
                long length = u32(4, bigEndian);
                if (length < 12 || length % 4 != 0 || length > MAX_RECORD) {
                    return;
                }
                if (type == EPB || type == OBSOLETE_PB) {
                    found(blockStart + EPB_DATA);
                } else if (type == SPB) {
                    found(blockStart + SPB_DATA);
                }
                skip(blockStart + length - position);
                if (frame >= wanted.last()) {
                    return;
                }
                blockStart = position;
                readAt(0, 8);
            }
        }

        private void found(long dataOffset) {
            frame++;
            if (wanted.contains(frame)) {
                found.put(frame, dataOffset);
            }
        }

        private void readAt(int at, int n) throws IOException {
            int got = in.readNBytes(buf, at, n);
            position += got;
            if (got < n) {
                throw new EOFException();
            }
        }

        private void skip(long n) throws IOException {
            if (n < 0) {
                throw new EOFException();
            }
            in.skipNBytes(n);
            position += n;
        }

        private long u32(int at, boolean big) {
            long b0 = buf[at] & 0xff, b1 = buf[at + 1] & 0xff, b2 = buf[at + 2] & 0xff, b3 = buf[at + 3] & 0xff;
            return big ? (b0 << 24) | (b1 << 16) | (b2 << 8) | b3 : (b3 << 24) | (b2 << 16) | (b1 << 8) | b0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
