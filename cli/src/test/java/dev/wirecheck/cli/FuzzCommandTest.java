package dev.wirecheck.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fuzz command's arguments: one-line usage errors before any fuzzing starts (the duration parser is fuzz-live's). */
class FuzzCommandTest {
    @Test
    void aMalformedDurationIsAUsageErrorNamingTheValue() {
        Run r = Run.of("fuzz", "dissector", "--time", "ten minutes");
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("'ten minutes' is not a duration"), r.err());
    }

    @Test
    void aZeroDurationIsRefused() {
        Run r = Run.of("fuzz", "dissector", "--time", "0s");
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("not a duration"), r.err());
    }
}
