package dev.wirecheck.capture;

import dev.wirecheck.oracle.Captures;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.LinkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The reader sizes its buffer by the stream (8 KiB for an array, up to 128 KiB for a file),
 * decodes a pcap record header where it lies in the buffer (moving a header that straddles the
 * buffer's end to its front) and reads a record larger than the buffer straight from the
 * stream: none of this may change what comes out. The same bytes give the same frames, and the same damage the same error at the
 * same offset, however the stream hands them over (all at once, a byte at a time, in odd-sized
 * pieces, so that the reader takes its smallest, its largest or an odd-sized buffer) and
 * whatever the record sizes (up to {@link CaptureReader#MAX_FRAME}, twice the largest buffer).
 * libpcap's view of the large records is in {@link LibpcapAgreementTest}.
 */
class ReaderBufferingTest {
    /** Around the buffer sizes (8 KiB to 128 KiB) and up to the largest record a capture may hold. */
    static final int[] SIZES = {60, 1514, 8_191, 8_192, 8_193, 65_536, 70_000, 42, CaptureReader.MAX_FRAME,
            131_071, 131_072, 131_073, 9_000};

    /** How a stream may deliver bytes: whole reads, or at most this many per read. */
    private static final int[] PIECES = {Integer.MAX_VALUE, 1, 777, 70_001};

    @Test
    void recordsLargerThanTheBufferComeBackWhole() throws IOException {
        List<Frame> written = largeFrames();
        assertEquals(written, CaptureReaderTest.read(pcap(written)));
    }

    @Test
    void recordCutInsideItsDataNamesTheExactByteWhereverTheBufferEnds() {
        List<Frame> written = largeFrames();
        byte[] file = pcap(written);
        int start = 24;
        for (int i = 0; i < written.size(); i++) {
            int length = written.get(i).length();
            for (int got : new int[]{0, 1, length / 2, length - 1}) {
                int cut = start + 16 + got;
                for (int piece : PIECES) {
                    CaptureFormatException e = assertThrows(CaptureFormatException.class,
                            () -> readAll(Arrays.copyOf(file, cut), piece));
                    assertEquals(cut, e.offset(), "frame " + (i + 1) + " cut after " + got + ", pieces of " + piece);
                    assertEquals(i + 1, e.frameNumber());
                    assertEquals("frame data cut off (" + got + " of " + length + " bytes)", e.reason());
                }
            }
            start += 16 + length;
        }
    }

    @Test
    void pcapngBlockCutInsideALargePacketNamesTheExactByte() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(CaptureReaderTest.shb(ByteOrder.LITTLE_ENDIAN));
        file.writeBytes(CaptureReaderTest.idb(ByteOrder.LITTLE_ENDIAN, 1, -1));
        int blockAt = file.size();
        byte[] epb = CaptureReaderTest.epb(ByteOrder.LITTLE_ENDIAN, 0, 7, new byte[100_000]);
        file.writeBytes(epb);
        byte[] whole = file.toByteArray();
        for (int got : new int[]{0, 1, 65_536, epb.length - 9}) {
            int cut = blockAt + 8 + got;
            for (int piece : PIECES) {
                CaptureFormatException e = assertThrows(CaptureFormatException.class,
                        () -> readAll(Arrays.copyOf(whole, cut), piece));
                assertEquals(cut, e.offset(), "cut after " + got + ", pieces of " + piece);
                assertEquals("block of " + epb.length + " bytes cut off after " + (8 + got), e.reason());
            }
        }
    }

    /**
     * The pcapng reader reads block bodies into one reused array while they fit (up to 512 KiB)
     * and larger ones into their own: small, large and giant blocks in turn, each packet whole
     * and nothing of an earlier, longer body showing through.
     */
    @Test
    void pcapngBlocksOfEverySizeInTurnComeBackWhole() throws IOException {
        List<Frame> frames = largeFrames();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(CaptureReaderTest.shb(ByteOrder.LITTLE_ENDIAN));
        file.writeBytes(CaptureReaderTest.idb(ByteOrder.LITTLE_ENDIAN, 1, 9));
        for (Frame f : frames) {
            file.writeBytes(CaptureReaderTest.block(ByteOrder.LITTLE_ENDIAN, 0x0bad, new byte[f.length() % 3 == 0 ? 600_000 : 40]));
            file.writeBytes(CaptureReaderTest.epb(ByteOrder.LITTLE_ENDIAN, 0, f.timestampNanos(), f.data()));
        }
        List<Frame> read = CaptureReaderTest.read(file.toByteArray());
        assertEquals(frames.size(), read.size());
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(frames.get(i).data(), read.get(i).data(), "frame " + (i + 1));
            assertEquals(frames.get(i).timestampNanos(), read.get(i).timestampNanos());
        }
    }

    /** Whole files and every cut of their first 600 bytes, plus cuts spread over the rest. */
    @Test
    void sameFramesAndSameErrorHoweverTheStreamDeliversTheBytes() throws IOException {
        List<byte[]> files = new ArrayList<>();
        files.add(pcap(largeFrames()));
        files.add(Files.readAllBytes(Captures.shared().resolve("lwip/02-ping.pcap")));
        for (Path example : Captures.examples()) {
            files.add(Files.readAllBytes(example));
        }
        ByteArrayOutputStream pcapng = new ByteArrayOutputStream();
        pcapng.writeBytes(CaptureReaderTest.shb(ByteOrder.BIG_ENDIAN));
        pcapng.writeBytes(CaptureReaderTest.idb(ByteOrder.BIG_ENDIAN, 1, 9));
        for (Frame f : largeFrames()) {
            pcapng.writeBytes(CaptureReaderTest.epb(ByteOrder.BIG_ENDIAN, 0, f.number(), f.data()));
        }
        files.add(pcapng.toByteArray());
        for (byte[] file : files) {
            for (int cut = 0; cut <= file.length; cut += cut < 600 ? 1 : 1 + file.length / 97) {
                byte[] part = Arrays.copyOf(file, cut);
                String whole = outcome(part, Integer.MAX_VALUE);
                for (int piece : PIECES) {
                    assertEquals(whole, outcome(part, piece), "cut at " + cut + " of " + file.length
                            + ", read in pieces of " + piece);
                }
            }
        }
    }

    /** Frames of {@link #SIZES} with random contents (fixed seed). */
    static List<Frame> largeFrames() {
        Random random = new Random(9);
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < SIZES.length; i++) {
            byte[] data = new byte[SIZES[i]];
            random.nextBytes(data);
            frames.add(new Frame(data, data.length + i, 1_700_000_000_000_000_000L + i * 1_001L, LinkType.EN10MB,
                    LinkType.EN10MB.number(), i + 1));
        }
        return frames;
    }

    static byte[] pcap(List<Frame> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out, LinkType.EN10MB.number(), true)) {
            for (Frame f : frames) {
                w.write(f);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    /** Frames read and how the reading ended (the error's full message, or the clean end's position). */
    private static String outcome(byte[] file, int piece) {
        List<Frame> frames = new ArrayList<>();
        String end;
        try (CaptureReader r = CaptureReader.open(pieces(file, piece), "f")) {
            for (Frame f = r.next(); f != null; f = r.next()) {
                frames.add(f);
            }
            end = "end at byte " + r.position();
        } catch (IOException e) {
            end = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return frames.size() + " frames, hash " + frames.hashCode() + ", " + end;
    }

    private static List<Frame> readAll(byte[] file, int piece) throws IOException {
        List<Frame> out = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(pieces(file, piece), "f")) {
            for (Frame f = r.next(); f != null; f = r.next()) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A stream that hands out at most {@code piece} bytes per read and says it holds no more,
     * as pipes and sockets may: the reader sizes its buffer by what the stream says it holds.
     */
    private static InputStream pieces(byte[] file, int piece) {
        return new FilterInputStream(new ByteArrayInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, piece));
            }

            @Override
            public int available() throws IOException {
                return Math.min(piece, super.available());
            }
        };
    }
}
