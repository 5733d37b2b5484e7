package dev.wirecheck.check;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.rules.Catalogue;
import dev.wirecheck.vectors.RfcVectors;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference stack and every rule survive hostile frames: real frames with bytes flipped
 * and cut short (seeded, so a failure reproduces), judged with the real DUT known so that
 * stimulus and DUT paths both run. Any exception fails the test; verdicts are still produced.
 */
class HostileFramesTest {

    @Test
    void mutatedAndTruncatedFramesNeverThrow() throws Exception {
        Path shared = RfcVectors.root().resolve("../shared/captures").normalize();
        List<Frame> frames = new ArrayList<>();
        for (String name : List.of("lwip/01-dhcp-boot.pcap", "lwip/03-ping-fragmented.pcap", "lwip/07-ping6-linklocal.pcap",
                "smoltcp/01-dhcp-boot.pcap", "lwip/10-udp-closed-port.pcap")) {
            frames.addAll(CaptureReader.readAll(shared.resolve(name)));
        }
        frames.addAll(CaptureReader.readAll(RfcVectors.root().resolve("examples/linux-kernel.pcap")));
        Random random = new Random(6);
        List<Frame> hostile = new ArrayList<>();
        long t = 0;
        for (int round = 0; round < 20; round++) {
            for (Frame f : frames) {
                byte[] b = Arrays.copyOf(f.data(), f.data().length);
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    b[14 + random.nextInt(Math.max(1, b.length - 14))] ^= (byte) (1 << random.nextInt(8));
                }
                if (random.nextInt(4) == 0) {
                    b = Arrays.copyOf(b, random.nextInt(b.length + 1));
                }
                t += 1 + random.nextInt(50_000_000);
                hostile.add(Frame.ethernet(b, t, hostile.size() + 1));
                // keep some originals in between so that stimuli meet real answers too
                if (random.nextInt(3) == 0) {
                    hostile.add(Frame.ethernet(f.data(), t, hostile.size() + 1));
                }
            }
        }
        for (String mac : List.of("02:00:00:00:00:01", "02:00:00:00:00:02", "02:00:00:00:00:10")) {
            CheckResult r = Checker.check(Path.of("hostile"), FrameSource.of(hostile),
                    CheckOptions.defaults().withDut(mac, null), n -> { });
            assertEquals(hostile.size(), r.framesTotal());
            assertTrue(r.tallies().size() == Catalogue.infos().size());
            // every frame is kept for the reports, and its summary is written when asked: ask for all
            assertEquals(hostile.size(), r.frames().size());
            for (FrameRecord f : r.frames()) {
                assertTrue(!f.summary().isBlank(), "frame " + f.number());
            }
        }
        CheckResult inferred = Checker.check(Path.of("hostile"), FrameSource.of(hostile), CheckOptions.defaults(), n -> { });
        assertEquals(hostile.size(), inferred.framesTotal());
    }
}
