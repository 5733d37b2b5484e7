package dev.wirecheck.properties;

import dev.wirecheck.capture.CaptureFormatException;
import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.LinkType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The capture file format as a protocol of its own: pcap files written by
 * {@link PcapWriter} read back frame for frame, and a file cut anywhere keeps every frame
 * before the cut and names where the damage starts (DESIGN.md: bad input loses nothing).
 */
class CapturePropertiesTest {
    private static final int FILE_HEADER = 24, RECORD_HEADER = 16;

    /** Frames and how they are written: microsecond or nanosecond timestamps. */
    record Capture(List<Frame> frames, boolean nanos) {
        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PcapWriter w = new PcapWriter(out, LinkType.EN10MB.number(), nanos)) {
                for (Frame f : frames) {
                    w.write(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /** A capture cut after {@code at} bytes. */
    record Cut(Capture capture, int at) {
    }

    static Gen<Capture> captures() {
        return s -> {
            boolean nanos = s.draw(1) == 1;
            Gen<byte[]> data = Gens.oneOf(FrameGens.any().map(GeneratedFrame::bytes), Gens.bytes(0, 200));
            List<Frame> frames = new ArrayList<>();
            int n = Gens.lists(Gens.constant(0), 0, 12, 4).generate(s).size();
            for (int i = 0; i < n; i++) {
                byte[] b = data.generate(s);
                long seconds = s.draw(0xffff_ffffL);
                long fraction = nanos ? s.draw(999_999_999) : s.draw(999_999) * 1000;
                int original = b.length + (int) s.draw(100);
                frames.add(new Frame(b, original, seconds * 1_000_000_000L + fraction, LinkType.EN10MB,
                        LinkType.EN10MB.number(), i + 1));
            }
            return new Capture(frames, nanos);
        };
    }

    private static List<Frame> readUntilDamage(byte[] file, List<CaptureFormatException> damage) throws IOException {
        List<Frame> out = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(file), "generated.pcap")) {
            for (Frame f = r.next(); f != null; f = r.next()) {
                out.add(f);
            }
        } catch (CaptureFormatException e) {
            damage.add(e);
        }
        return out;
    }

    @Test
    void writtenCapturesReadBackFrameForFrame() {
        Property.check("read(write(frames)) == frames", captures(), c -> {
            List<CaptureFormatException> damage = new ArrayList<>();
            List<Frame> back = uncheck(() -> readUntilDamage(c.bytes(), damage));
            assertEquals(List.of(), damage);
            assertEquals(c.frames(), back);
        });
    }

    /**
     * Cut a file at any byte: the frames whose records end before the cut are all read,
     * then (unless the cut falls between records) a {@link CaptureFormatException} names
     * the next frame and an offset inside the cut-off record.
     */
    @Test
    void aCutFileKeepsEveryFrameBeforeTheCutAndSaysWhere() {
        Property.check("a cut file keeps its whole frames", s -> {
            Capture c = captures().generate(s);
            return new Cut(c, (int) s.draw(c.bytes().length));
        }, cutFile -> {
            Capture c = cutFile.capture();
            int cut = cutFile.at();
            byte[] file = Arrays.copyOf(c.bytes(), cut);
            if (cut < FILE_HEADER) {
                CaptureFormatException e = assertThrows(CaptureFormatException.class,
                        () -> CaptureReader.open(new ByteArrayInputStream(file), "generated.pcap").close());
                assertEquals(1, e.frameNumber());
                return;
            }
            int whole = 0;
            int end = FILE_HEADER;
            List<Integer> boundaries = new ArrayList<>(List.of(end));
            for (Frame f : c.frames()) {
                end += RECORD_HEADER + f.data().length;
                boundaries.add(end);
                if (end <= cut) {
                    whole++;
                }
            }
            List<CaptureFormatException> damage = new ArrayList<>();
            List<Frame> back = uncheck(() -> readUntilDamage(file, damage));
            assertEquals(c.frames().subList(0, whole), back);
            if (boundaries.contains(cut)) {
                assertEquals(List.of(), damage, "a cut between records is a shorter, valid file");
            } else {
                assertEquals(1, damage.size(), "the cut record is reported");
                CaptureFormatException e = damage.get(0);
                assertEquals(whole + 1, e.frameNumber());
                assertTrue(e.offset() >= boundaries.get(whole) && e.offset() <= cut, e.getMessage());
            }
        });
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> T uncheck(IoSupplier<T> action) {
        try {
            return action.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
