package dev.wirecheck.bench;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/** The fresh frames the bench hands its stages are the kept frames, byte for byte, in new arrays. */
class BenchInputTest {
    private final BenchInput input = SyntheticCapture.build(3000);

    @Test
    void freshFramesEqualTheKeptFramesButShareNoArray() {
        List<Frame> fresh = input.freshFrames(1000, 2024);
        assertEquals(input.frames().subList(1000, 2024), fresh);
        for (int i = 0; i < fresh.size(); i++) {
            assertNotSame(input.frames().get(1000 + i).data(), fresh.get(i).data(), "frame " + (1000 + i));
        }
    }

    /** The pcap image the copies come from reads back, through the capture reader, as the kept frames. */
    @Test
    void thePcapImageHoldsTheKeptFrames() throws IOException {
        List<Frame> read = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(input.records(0, input.size()), input.name())) {
            for (Frame f; (f = r.next()) != null; ) {
                read.add(f);
            }
        }
        assertEquals(input.size(), read.size());
        List<Frame> fresh = input.freshFrames(0, input.size());
        for (int i = 0; i < read.size(); i++) {
            assertArrayEquals(read.get(i).data(), fresh.get(i).data(), "frame " + i);
            assertEquals(read.get(i).timestampNanos(), fresh.get(i).timestampNanos(), "frame " + i);
        }
    }

    @Test
    void aChunkOfFramesHasTheSizeOfItsRange() {
        BenchStage.Chunk chunk = new BenchStage.Chunk(input, 10, 30, input.freshFrames(10, 30));
        assertEquals(20, chunk.size());
        assertEquals(chunk.size(), chunk.frames().size());
    }
}
