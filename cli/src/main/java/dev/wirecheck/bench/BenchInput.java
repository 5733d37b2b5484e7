package dev.wirecheck.bench;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.capture.PcapWriter;
import dev.wirecheck.wire.Frame;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What bench measures on, held in memory: the frames, and the same frames as a classic
 * pcap image (for the capture-reading stage and for tshark), with the offset of each
 * record so that any run of records can be read on its own.
 *
 * @param name where the frames come from, for the report
 */
public record BenchInput(String name, List<Frame> frames, byte[] pcap, long[] recordOffsets, long[] cumulativeBytes) {
    static final int PCAP_HEADER = 24, RECORD_HEADER = 16;

    /** Frames as given, written once into a pcap image (all frames must share one link type). */
    public static BenchInput of(String name, List<Frame> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException(name + ": no frames to measure");
        }
        long total = PCAP_HEADER;
        for (Frame f : frames) {
            total += RECORD_HEADER + f.length();
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(name + ": " + total + " bytes of pcap do not fit one array; use fewer frames");
        }
        // sized exactly, so a million frames need one array, not a growing buffer and a copy
        byte[] image = new byte[(int) total];
        long[] offsets = new long[frames.size() + 1];
        long[] cumulative = new long[frames.size() + 1];
        int link = frames.get(0).linkTypeNumber();
        try (PcapWriter w = new PcapWriter(new ArrayOutput(image), link, true)) {
            long at = PCAP_HEADER;
            for (int i = 0; i < frames.size(); i++) {
                Frame f = frames.get(i);
                if (f.linkTypeNumber() != link) {
                    throw new IllegalArgumentException(name + ": frame " + f.number() + " has link type "
                            + f.linkTypeNumber() + ", the first has " + link + "; bench needs one link type");
                }
                w.write(f);
                offsets[i] = at;
                at += RECORD_HEADER + f.length();
                cumulative[i + 1] = cumulative[i] + f.length();
            }
            offsets[frames.size()] = at;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchInput(name, List.copyOf(frames), image, offsets, cumulative);
    }

    /** A capture file read whole into memory. */
    public static BenchInput read(Path file) throws IOException {
        List<Frame> frames = new ArrayList<>();
        CaptureReader.forEach(file, frames::add);
        return of(file.getFileName().toString(), frames);
    }

    public int size() {
        return frames.size();
    }

    /**
     * New copies of frames {@code from} to {@code to}, their bytes taken from the pcap image
     * (where they lie in capture order), as a capture reader hands them out: see
     * {@link BenchStage.Chunk} for why the stages are given these rather than the kept frames.
     */
    public List<Frame> freshFrames(int from, int to) {
        List<Frame> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Frame kept = frames.get(i);
            int at = (int) recordOffsets[i] + RECORD_HEADER;
            byte[] data = java.util.Arrays.copyOfRange(pcap, at, at + kept.length());
            out.add(new Frame(data, kept.originalLength(), kept.timestampNanos(), kept.linkType(),
                    kept.linkTypeNumber(), kept.number()));
        }
        return out;
    }

    /** Frame bytes (captured lengths) of frames {@code from} to {@code to}. */
    public long bytes(int from, int to) {
        return cumulativeBytes[to] - cumulativeBytes[from];
    }

    /** Writes into an array of the right size. */
    private static final class ArrayOutput extends OutputStream {
        private final byte[] to;
        private int at;

        ArrayOutput(byte[] to) {
            this.to = to;
        }

        @Override
        public void write(int b) {
            to[at++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            System.arraycopy(b, off, to, at, len);
            at += len;
        }
    }

    /** The pcap header followed by records {@code from} to {@code to}: a small capture of its own. */
    public InputStream records(int from, int to) {
        int start = (int) recordOffsets[from];
        int end = (int) recordOffsets[to];
        return new SequenceInputStream(new ByteArrayInputStream(pcap, 0, PCAP_HEADER),
                new ByteArrayInputStream(pcap, start, end - start));
    }
}
