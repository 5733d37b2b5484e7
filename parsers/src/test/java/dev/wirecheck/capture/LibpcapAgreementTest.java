package dev.wirecheck.capture;

import dev.wirecheck.oracle.Captures;
import dev.wirecheck.oracle.ExternalTools;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.Pcaps;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Our pure-Java reader against libpcap (through pcap4j's {@code Pcaps.openOffline}) on every
 * real capture: same number of frames, same bytes, same timestamps to the nanosecond.
 */
class LibpcapAgreementTest {

    @TestFactory
    Stream<DynamicTest> readerAgreesWithLibpcapOnEveryCapture() throws IOException {
        requireLibpcap();
        return Captures.all().stream().map(c -> DynamicTest.dynamicTest(
                c.getParent().getFileName() + "/" + c.getFileName(), () -> agree(c)));
    }

    /** Records around and beyond the reader's buffer (8 to 128 KiB), which it reads past the buffer. */
    @Test
    void readerAgreesWithLibpcapOnRecordsLargerThanItsBuffer(@TempDir Path dir) throws Exception {
        requireLibpcap();
        Path file = dir.resolve("large-records.pcap");
        Files.write(file, ReaderBufferingTest.pcap(ReaderBufferingTest.largeFrames()));
        agree(file);
        assertEquals(ReaderBufferingTest.SIZES.length, CaptureReader.readAll(file).size());
    }

    static void agree(Path capture) throws Exception {
        List<Frame> ours = CaptureReader.readAll(capture);
        int i = 0;
        try (PcapHandle handle = Pcaps.openOffline(capture.toString(), PcapHandle.TimestampPrecision.NANO)) {
            while (true) {
                byte[] theirs;
                try {
                    theirs = handle.getNextRawPacketEx();
                } catch (EOFException e) {
                    break;
                } catch (TimeoutException e) {
                    continue;
                }
                if (i >= ours.size()) {
                    fail(capture + ": libpcap has more than our " + ours.size() + " frames");
                }
                Frame f = ours.get(i);
                assertArrayEquals(theirs, f.data(), capture + " frame " + (i + 1) + " bytes");
                java.sql.Timestamp ts = handle.getTimestamp();
                long nanos = Math.floorDiv(ts.getTime(), 1000L) * 1_000_000_000L + ts.getNanos();
                assertEquals(nanos, f.timestampNanos(), capture + " frame " + (i + 1) + " timestamp");
                assertEquals(handle.getOriginalLength(), f.originalLength(), capture + " frame " + (i + 1) + " length");
                assertEquals(handle.getDlt().value().intValue(), f.linkTypeNumber(), capture + " link type");
                i++;
            }
        }
        assertEquals(i, ours.size(), capture + ": frame count");
    }

    /** libpcap is native (Debian libpcap0.8); pcap4j loads it through JNA. */
    static void requireLibpcap() {
        try {
            Pcaps.libVersion();
        } catch (Throwable e) {
            String message = "libpcap not loadable (" + e + "); install the Debian package 'libpcap0.8'";
            if (ExternalTools.onCi()) {
                fail(message + " (CI=true: tests that need it must not skip)");
            }
            Assumptions.abort(message);
        }
    }
}
