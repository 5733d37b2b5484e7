package dev.wirecheck.fuzz;

import dev.wirecheck.capture.CaptureFormatException;
import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Checker;
import dev.wirecheck.check.FrameRecord;
import dev.wirecheck.check.FrameSource;
import dev.wirecheck.report.HtmlReport;
import dev.wirecheck.report.JsonReport;
import dev.wirecheck.report.TerminalReport;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.MacAddress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code wirecheck check} over the input as a whole pcap or pcapng file: the DUT survey, the
 * reference stack, every rule and the three reports must take whatever frames the reader returns
 * (a damaged file ends its frames where it breaks, as the command reads it). Checked with the DUT
 * inferred and, so that the DUT's side runs too, named as the first frame's sender. Any exception
 * is a finding, and so is a result that loses a frame.
 */
final class CheckTarget {
    private CheckTarget() {}

    private static final Path NAME = Path.of("fuzz-input.pcap");

    static final FuzzTarget.Body BODY = input -> {
        List<Frame> frames = read(input);
        check(frames, CheckOptions.defaults());
        if (!frames.isEmpty() && frames.get(0).length() >= 12) {
            String sender = MacAddress.of(frames.get(0).data(), 6).toString();
            check(frames, CheckOptions.defaults().withDut(sender, null));
        }
    };

    /** The frames before the end of the file or before the damage that ends it. */
    private static List<Frame> read(byte[] input) {
        List<Frame> frames = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(input), "fuzz-input")) {
            for (Frame f; (f = r.next()) != null; ) {
                frames.add(f);
            }
        } catch (CaptureFormatException damaged) {
            // as the command does: the intact frames before the damage are checked (it then exits 2;
            // the capture target holds the reader to its own contract)
        } catch (IOException e) {
            throw new UncheckedIOException("a reader over bytes in memory failed with a plain I/O error", e);
        }
        return frames;
    }

    private static void check(List<Frame> frames, CheckOptions options) {
        CheckResult r;
        try {
            r = Checker.check(NAME, FrameSource.of(frames), options, n -> { });
        } catch (IOException e) {
            throw new UncheckedIOException("a check of frames in memory failed with an I/O error", e);
        }
        if (r.framesTotal() != frames.size() || r.frames().size() != frames.size()) {
            throw new ContractViolation("checked " + r.framesTotal() + " and kept " + r.frames().size() + " of "
                    + frames.size() + " frames");
        }
        for (FrameRecord f : r.frames()) {
            if (f.summary().isEmpty()) {
                throw new ContractViolation("frame " + f.number() + " has an empty summary");
            }
        }
        JsonReport.toJson(r);
        TerminalReport.render(r);
        new HtmlReport().render(r);
    }
}
