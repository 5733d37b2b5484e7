package dev.wirecheck.fuzz;

import dev.wirecheck.capture.CaptureFormatException;
import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.wire.Frame;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The capture reader over the input as a whole pcap or pcapng file: it must return frames
 * and end cleanly or with a {@link CaptureFormatException}, never anything else, and never
 * return a frame longer than the input.
 */
final class CaptureTarget {
    private CaptureTarget() {}

    static final FuzzTarget.Body BODY = input -> {
        try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(input), "fuzz-input")) {
            Frame f;
            while ((f = r.next()) != null) {
                if (f.length() > input.length) {
                    throw new ContractViolation("frame " + f.number() + " has " + f.length() + " bytes, more than the "
                            + input.length + "-byte file");
                }
            }
        } catch (CaptureFormatException expected) {
            // damaged file: the typed error the reader promises
        } catch (IOException e) {
            throw new UncheckedIOException("a reader over bytes in memory failed with a plain I/O error", e);
        }
    };
}
