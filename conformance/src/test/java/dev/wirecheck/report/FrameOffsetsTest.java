package dev.wirecheck.report;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.oracle.Captures;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.*;

class FrameOffsetsTest {

    @Test
    void pcapRecordsFollowThe24ByteFileHeaderEachAfterA16ByteRecordHeader(@TempDir Path dir) throws Exception {
        SampleCheck sample = new SampleCheck();
        Path pcap = sample.writePcap(dir.resolve("s.pcap"));
        Map<Long, Long> at = FrameOffsets.locate(pcap, List.of(1L, 2L, 4L));
        // draft-ietf-opsawg-pcap §4 (file header, 24 bytes) and §5 (packet record header, 16 bytes)
        long first = 24 + 16;
        long second = first + sample.frames.get(0).length + 16;
        assertEquals(first, at.get(1L));
        assertEquals(second, at.get(2L));
        assertFalse(at.containsKey(3L), "only the frames asked for");
        assertBytesAt(pcap, at.get(4L), sample.frames.get(3));
    }

    @Test
    void pcapngPacketBlocksAcrossSectionsOfBothByteOrders(@TempDir Path dir) throws Exception {
        byte[] f1 = {1, 2, 3, 4, 5}, f2 = {6, 7, 8, 9, 10, 11, 12, 13}, f3 = {14, 15, 16};
        Pcapng file = new Pcapng();
        file.section(ByteOrder.LITTLE_ENDIAN).interfaceBlock();
        long e1 = file.enhancedPacket(f1, true);              // EPB with an option after the data
        file.block(4, new byte[]{0, 0, 0, 0});                // name resolution block: no frame
        long s2 = file.simplePacket(f2);
        file.section(ByteOrder.BIG_ENDIAN).interfaceBlock();
        long e3 = file.enhancedPacket(f3, false);
        Path p = dir.resolve("hand.pcapng");
        Files.write(p, file.bytes());

        Map<Long, Long> at = FrameOffsets.locate(p, List.of(1L, 2L, 3L, 4L));
        // draft-ietf-opsawg-pcapng §4.3 (EPB: data after 28 bytes) and §4.4 (SPB: after 12)
        assertEquals(Map.of(1L, e1 + 28, 2L, s2 + 12, 3L, e3 + 28), at);
        // the project's reader, an independent walk of the same file, sees the same bytes there
        List<Frame> frames = CaptureReader.readAll(p);
        assertEquals(3, frames.size());
        for (int i = 0; i < 3; i++) {
            assertBytesAt(p, at.get(i + 1L), frames.get(i).data());
        }
    }

    @Test
    void everyFrameOfRealCapturesIsFoundWhereTheCaptureReaderReadsIt() throws Exception {
        Path root = dev.wirecheck.vectors.RfcVectors.root();
        List<Path> files = List.of(root.resolve("examples/linux-kernel.pcapng"), root.resolve("examples/linux-kernel.pcap"),
                Captures.shared().resolve("lwip/06-udp-echo.pcap"), Captures.shared().resolve("smoltcp/02-ping.pcap"));
        for (Path f : files) {
            List<Frame> frames = CaptureReader.readAll(f);
            assertFalse(frames.isEmpty(), f.toString());
            Map<Long, Long> at = FrameOffsets.locate(f, LongStream.rangeClosed(1, frames.size()).boxed().toList());
            assertEquals(frames.size(), at.size(), f.toString());
            byte[] whole = Files.readAllBytes(f);
            for (Frame fr : frames) {
                int o = Math.toIntExact(at.get(fr.number()));
                assertArrayEquals(fr.data(), Arrays.copyOfRange(whole, o, o + fr.length()), f + " frame " + fr.number());
            }
        }
    }

    @Test
    void aCutOffFileYieldsTheFramesBeforeTheCutAndNoException(@TempDir Path dir) throws Exception {
        SampleCheck sample = new SampleCheck();
        Path pcap = sample.writePcap(dir.resolve("s.pcap"));
        Map<Long, Long> all = FrameOffsets.locate(pcap, List.of(5L));
        Path cut = dir.resolve("cut.pcap");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(pcap), Math.toIntExact(all.get(5L) + 3)));
        Map<Long, Long> at = FrameOffsets.locate(cut, List.of(4L, 5L, 6L));
        assertTrue(at.containsKey(4L));
        assertFalse(at.containsKey(6L));

        Path junk = dir.resolve("junk.pcap");
        Files.write(junk, "not a capture at all".getBytes());
        assertTrue(FrameOffsets.locate(junk, List.of(1L)).isEmpty());
        Path empty = dir.resolve("empty.pcap");
        Files.write(empty, new byte[0]);
        assertTrue(FrameOffsets.locate(empty, List.of(1L)).isEmpty());
    }

    private static void assertBytesAt(Path file, long offset, byte[] expected) throws Exception {
        byte[] whole = Files.readAllBytes(file);
        int o = Math.toIntExact(offset);
        assertArrayEquals(expected, Arrays.copyOfRange(whole, o, o + expected.length));
    }

    /** Writes pcapng blocks by hand (draft-ietf-opsawg-pcapng §4), remembering where each starts. */
    private static final class Pcapng {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

        Pcapng section(ByteOrder byteOrder) {
            order = byteOrder;
            ByteBuffer body = ByteBuffer.allocate(16).order(order);
            body.putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1L);
            block(0x0a0d0d0a, body.array());
            return this;
        }

        Pcapng interfaceBlock() {
            ByteBuffer body = ByteBuffer.allocate(8).order(order);
            body.putShort((short) 1).putShort((short) 0).putInt(262144);
            block(1, body.array());
            return this;
        }

        long enhancedPacket(byte[] data, boolean withComment) {
            int padded = (data.length + 3) & ~3;
            int optionBytes = withComment ? 12 : 0;
            ByteBuffer body = ByteBuffer.allocate(20 + padded + optionBytes).order(order);
            body.putInt(0).putInt(0).putInt(1000).putInt(data.length).putInt(data.length).put(data);
            body.position(20 + padded);
            if (withComment) {
                // opt_comment (code 1, length 4) then opt_endofopt, in this section's byte order
                body.putShort((short) 1).putShort((short) 4).put("note".getBytes()).putInt(0);
            }
            return block(6, body.array());
        }

        long simplePacket(byte[] data) {
            ByteBuffer body = ByteBuffer.allocate(4 + ((data.length + 3) & ~3)).order(order);
            body.putInt(data.length).put(data);
            return block(3, body.array());
        }

        long block(int type, byte[] body) {
            long start = out.size();
            int total = 12 + body.length;
            ByteBuffer b = ByteBuffer.allocate(total).order(order);
            b.putInt(type).putInt(total).put(body).putInt(total);
            out.writeBytes(b.array());
            return start;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
