package dev.wirecheck.check;

import dev.wirecheck.rules.Lab;
import dev.wirecheck.stack.DutAddresses;
import dev.wirecheck.stack.Net;
import dev.wirecheck.vectors.RfcVectors;
import dev.wirecheck.wire.Bytes;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The survey infers the DUT and profiles it in one walk over every station; naming the DUT's
 * MAC profiles it by a walk over that station alone. Both must see the same DUT.
 */
class DutSurveyTest {

    @Test
    void anInferredDutHasTheProfileItHasWhenNamedOnEveryCapture() throws IOException {
        List<Path> captures;
        try (Stream<Path> s = Files.walk(RfcVectors.root().resolve("../shared/captures").normalize())) {
            captures = s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().toList();
        }
        assertTrue(captures.size() >= 22, "the shared captures: " + captures);
        int inferred = 0;
        for (Path capture : captures) {
            List<Frame> frames = new ArrayList<>();
            FrameSource.of(capture).forEach(frames::add);
            DutProfile guess = DutSurvey.survey(FrameSource.of(frames), null, null);
            if (guess.mac() < 0) {
                continue;
            }
            inferred++;
            DutProfile named = DutSurvey.survey(FrameSource.of(frames), Net.macText(guess.mac()), null);
            assertSameDut(named, guess, frames, capture.toString());
        }
        assertTrue(inferred >= 20, "captures whose DUT was inferred: " + inferred);
    }

    @Test
    void aDutFirstSeenAfterManyOtherStationsIsStillProfiled() throws IOException {
        List<Frame> frames = new ArrayList<>();
        long t = 1_600_000_000_000_000_000L;
        // more stations than one walk profiles, each sending one broadcast frame of the IEEE 802 local
        // experimental EtherType 0x88b5 before the DUT says anything
        for (int i = 0; i < DutSurvey.MOST_STATIONS + 44; i++) {
            byte[] b = new byte[60];
            for (int k = 0; k < 6; k++) {
                b[k] = (byte) 0xff;
            }
            b[6] = 2;
            b[9] = 1;
            b[10] = (byte) (i >> 8);
            b[11] = (byte) i;
            b[12] = (byte) 0x88;
            b[13] = (byte) 0xb5;
            frames.add(Frame.ethernet(b, t += 1_000_000, frames.size() + 1));
        }
        for (Frame f : Lab.withDut().ping4(1).pong4(1).ping6(1).pong6(1).end().frames()) {
            frames.add(Frame.ethernet(f.data(), t += 1_000_000, frames.size() + 1));
        }
        DutProfile guess = DutSurvey.survey(FrameSource.of(frames), null, null);
        assertEquals(Lab.DUT_MAC.bits(), guess.mac());
        assertEquals(DutIdentity.How.MOST_ANSWERS, guess.how());
        assertEquals(List.of("192.0.2.10", "2001:db8::10", "fe80::10"), guess.addresses().texts());
        assertSameDut(DutSurvey.survey(FrameSource.of(frames), Lab.DUT_MAC.toString(), null), guess, frames, "lab");
    }

    @Test
    void aNamedMacThatNeverAppearsOwnsNothing() throws IOException {
        DutProfile p = DutSurvey.survey(FrameSource.of(Lab.withDut().ping4(1).end().frames()), "02:00:00:00:00:99", null);
        assertTrue(p.addresses().isEmpty(), p.addresses().texts().toString());
        assertFalse(p.bootObserved());
    }

    /** Same addresses, owned from the same moments (asked at every frame's time), same boot. */
    private static void assertSameDut(DutProfile expected, DutProfile actual, List<Frame> frames, String where) {
        assertEquals(expected.mac(), actual.mac(), where);
        assertEquals(expected.bootObserved(), actual.bootObserved(), where);
        DutAddresses e = expected.addresses();
        DutAddresses a = actual.addresses();
        assertEquals(e.texts(), a.texts(), where);
        for (String text : e.texts()) {
            byte[] ip = IpAddresses.parse(text).getAddress();
            for (Frame f : frames) {
                long when = f.timestampNanos();
                boolean owns = ip.length == 4 ? e.ownsV4((int) Bytes.u32(ip, 0), when) : e.ownsV6(ip, 0, when);
                boolean ownsToo = ip.length == 4 ? a.ownsV4((int) Bytes.u32(ip, 0), when) : a.ownsV6(ip, 0, when);
                assertEquals(owns, ownsToo, where + ": " + text + " at frame " + f.number());
            }
        }
    }
}
