package dev.wirecheck.capture;

import dev.wirecheck.oracle.Captures;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.LinkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The capture reader on files built byte by byte from the formats' specifications
 * (libpcap's savefile format; draft-ietf-opsawg-pcapng), and on damaged copies of real
 * captures.
 */
class CaptureReaderTest {
    static final byte[] FRAME_A = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0x08, 0x00, 0x45};
    static final byte[] FRAME_B = {(byte) 0xff, (byte) 0xfe, 0, 1};

    @Test
    void bigEndianMicrosecondPcapIsRead() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(24 + 16 + FRAME_A.length).order(ByteOrder.BIG_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        b.putInt(1_700_000_000).putInt(123_456).putInt(FRAME_A.length).putInt(60).put(FRAME_A);
        List<Frame> frames = read(b.array());
        assertEquals(1, frames.size());
        Frame f = frames.get(0);
        assertArrayEquals(FRAME_A, f.data());
        assertEquals(1_700_000_000_123_456_000L, f.timestampNanos());
        assertEquals(60, f.originalLength());
        assertEquals(LinkType.EN10MB, f.linkType());
    }

    @Test
    void littleEndianNanosecondPcapKeepsNanoseconds() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(24 + 16 + FRAME_B.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b23c4d).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(101);
        b.putInt(5).putInt(999_999_999).putInt(FRAME_B.length).putInt(FRAME_B.length).put(FRAME_B);
        Frame f = read(b.array()).get(0);
        assertEquals(5_999_999_999L, f.timestampNanos());
        assertEquals(LinkType.RAW, f.linkType());
    }

    @Test
    void pcapngWithTwoSectionsOfDifferentByteOrderAndResolutions() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        // section 1, little endian: one interface with default microseconds, an unknown block, an EPB
        file.writeBytes(shb(ByteOrder.LITTLE_ENDIAN));
        file.writeBytes(idb(ByteOrder.LITTLE_ENDIAN, 1, -1));
        file.writeBytes(block(ByteOrder.LITTLE_ENDIAN, 0x0bad, new byte[12]));
        file.writeBytes(epb(ByteOrder.LITTLE_ENDIAN, 0, 1_700_000_000_000_001L, FRAME_A));
        // section 2, big endian: interface 0 in nanoseconds (tsresol 9), interface 1 in 2^-10 s; EPB + SPB
        file.writeBytes(shb(ByteOrder.BIG_ENDIAN));
        file.writeBytes(idb(ByteOrder.BIG_ENDIAN, 1, 9));
        file.writeBytes(idb(ByteOrder.BIG_ENDIAN, 101, 0x80 | 10));
        file.writeBytes(epb(ByteOrder.BIG_ENDIAN, 1, 3L * 1024 + 512, FRAME_B));
        file.writeBytes(epb(ByteOrder.BIG_ENDIAN, 0, 42, FRAME_A));
        file.writeBytes(spb(ByteOrder.BIG_ENDIAN, FRAME_B));
        List<Frame> frames = read(file.toByteArray());
        assertEquals(4, frames.size());
        assertEquals(1_700_000_000_000_001_000L, frames.get(0).timestampNanos());
        assertEquals(3_500_000_000L, frames.get(1).timestampNanos(), "2^-10 s units: 3.5 s");
        assertEquals(LinkType.RAW, frames.get(1).linkType());
        assertEquals(42, frames.get(2).timestampNanos());
        assertArrayEquals(FRAME_B, frames.get(3).data());
        assertEquals(List.of(1L, 2L, 3L, 4L), frames.stream().map(Frame::number).toList());
    }

    @Test
    void truncatedRealCaptureKeepsEveryFrameBeforeTheDamageAndNamesWhere() throws IOException {
        Path capture = Captures.shared().resolve("lwip/02-ping.pcap");
        byte[] whole = Files.readAllBytes(capture);
        List<Frame> all = CaptureReader.readAll(capture);
        long recordStart = 24;
        for (int k = 0; k < 5; k++) {
            recordStart += 16 + all.get(k).length();
        }
        // cut in the middle of frame 6's data
        int cut = (int) recordStart + 16 + 10;
        List<Frame> before = new ArrayList<>();
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> {
            try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(whole, 0, cut), "cut.pcap")) {
                Frame f;
                while ((f = r.next()) != null) {
                    before.add(f);
                }
            }
        });
        assertEquals(5, before.size());
        assertEquals(all.subList(0, 5), before);
        assertEquals(6, e.frameNumber());
        assertEquals(cut, e.offset());
        assertTrue(e.getMessage().contains("cut.pcap") && e.getMessage().contains("frame 6"), e.getMessage());
    }

    @Test
    void absurdRecordLengthIsAnErrorNotAnAllocation() {
        ByteBuffer b = ByteBuffer.allocate(24 + 16).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        b.putInt(0).putInt(0).putInt(0x7fff_fff0).putInt(0x7fff_fff0);
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> read(b.array()));
        assertEquals(24 + 8, e.offset());
        assertEquals(1, e.frameNumber());
    }

    @Test
    void pcapngBlockWithMismatchedTrailerIsReported() {
        byte[] good = epb(ByteOrder.LITTLE_ENDIAN, 0, 1, FRAME_A);
        good[good.length - 4] ^= 4; // trailing block length no longer equals the leading one
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(shb(ByteOrder.LITTLE_ENDIAN));
        file.writeBytes(idb(ByteOrder.LITTLE_ENDIAN, 1, -1));
        file.writeBytes(good);
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> read(file.toByteArray()));
        assertTrue(e.reason().contains("at the end"), e.reason());
    }

    @Test
    void packetBeforeAnyInterfaceIsReported() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(shb(ByteOrder.LITTLE_ENDIAN));
        file.writeBytes(epb(ByteOrder.LITTLE_ENDIAN, 0, 1, FRAME_A));
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> read(file.toByteArray()));
        assertTrue(e.reason().contains("interface 0"), e.reason());
    }

    @Test
    void notACaptureAndEmptyFilesGetClearErrors(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello, not a capture");
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureReader.open(text));
        assertTrue(e.getMessage().contains("not a pcap or pcapng file"), e.getMessage());
        Path empty = Files.createFile(dir.resolve("empty.pcap"));
        assertTrue(assertThrows(CaptureFormatException.class, () -> CaptureReader.open(empty)).getMessage().contains("empty"));
        assertThrows(NoSuchFileException.class, () -> CaptureReader.open(dir.resolve("missing.pcap")));
    }

    @Test
    void writerRoundTripsAndAtomicWriterLeavesNothingWhenAbandoned(@TempDir Path dir) throws IOException {
        List<Frame> original = CaptureReader.readAll(Captures.shared().resolve("lwip/01-dhcp-boot.pcap"));
        Path out = dir.resolve("copy.pcap");
        try (PcapWriter w = PcapWriter.atomic(out, 1)) {
            for (Frame f : original) {
                w.write(f);
            }
        }
        assertEquals(original, CaptureReader.readAll(out));
        Path abandoned = dir.resolve("abandoned.pcap");
        try (PcapWriter w = PcapWriter.atomic(abandoned, 1)) {
            w.write(original.get(0));
            w.abandon();
        }
        assertFalse(Files.exists(abandoned));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void emptyCaptureHasNoFrames() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(b.array()), "empty")) {
            assertNull(r.next());
            assertEquals(0, r.framesRead());
        }
    }

    static List<Frame> read(byte[] file) throws IOException {
        List<Frame> out = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(file), "test")) {
            Frame f;
            while ((f = r.next()) != null) {
                out.add(f);
            }
        }
        return out;
    }

    // --- pcapng blocks, laid out as draft-ietf-opsawg-pcapng §4 describes them ---

    static byte[] block(ByteOrder order, int type, byte[] body) {
        int padded = (body.length + 3) & ~3;
        ByteBuffer b = ByteBuffer.allocate(12 + padded).order(order);
        b.putInt(type).putInt(12 + padded).put(body);
        b.position(8 + padded);
        b.putInt(12 + padded);
        return b.array();
    }

    static byte[] shb(ByteOrder order) {
        ByteBuffer body = ByteBuffer.allocate(16).order(order);
        body.putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1L);
        return block(order, 0x0a0d0d0a, body.array());
    }

    /** tsresol -1: no option (microseconds). */
    static byte[] idb(ByteOrder order, int linkType, int tsresol) {
        ByteBuffer body = ByteBuffer.allocate(tsresol < 0 ? 8 : 20).order(order);
        body.putShort((short) linkType).putShort((short) 0).putInt(0);
        if (tsresol >= 0) {
            body.putShort((short) 9).putShort((short) 1).put((byte) tsresol).put(new byte[3]);
            body.putShort((short) 0).putShort((short) 0);
        }
        return block(order, 1, body.array());
    }

    static byte[] epb(ByteOrder order, int iface, long ticks, byte[] data) {
        int padded = (data.length + 3) & ~3;
        ByteBuffer body = ByteBuffer.allocate(20 + padded).order(order);
        body.putInt(iface).putInt((int) (ticks >>> 32)).putInt((int) ticks).putInt(data.length).putInt(data.length).put(data);
        return block(order, 6, body.array());
    }

    static byte[] spb(ByteOrder order, byte[] data) {
        int padded = (data.length + 3) & ~3;
        ByteBuffer body = ByteBuffer.allocate(4 + padded).order(order);
        body.putInt(data.length).put(data);
        return block(order, 3, body.array());
    }
}
