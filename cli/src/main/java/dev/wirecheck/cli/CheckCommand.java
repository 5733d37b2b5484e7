package dev.wirecheck.cli;

import dev.wirecheck.capture.CaptureFormatException;
import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Checker;
import dev.wirecheck.check.FrameSource;
import dev.wirecheck.report.JsonReport;
import dev.wirecheck.report.TerminalReport;
import dev.wirecheck.stack.Durations;
import dev.wirecheck.wire.IpAddresses;
import dev.wirecheck.wire.MacAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code wirecheck check CAPTURE}: judges the device under test rule by rule. Exit status 0 when
 * no MUST-level rule fails, 1 when one does, 2 for usage or I/O errors.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a device's capture against the RFC rules (see 'wirecheck rules').")
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CAPTURE", description = "pcap or pcapng capture of the device under test")
    Path capture;

    @Option(names = "--dut-mac", paramLabel = "MAC", description = "the DUT's MAC address (else inferred)")
    String dutMac;

    @Option(names = "--dut-ip", paramLabel = "ADDRESS", description = "the DUT's IPv4 or IPv6 address (else inferred)")
    String dutIp;

    @Option(names = "--deadline", paramLabel = "TIME", defaultValue = "1s",
            description = "how long the DUT gets to answer (default ${DEFAULT-VALUE}; e.g. 500ms, 2s)")
    String deadline;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the full result as JSON")
    Path json;

    @picocli.CommandLine.Mixin
    ReportOptions reports;

    @Override
    public Integer call() throws IOException {
        long deadlineNanos;
        try {
            deadlineNanos = Durations.parseNanos(deadline);
            if (dutMac != null) {
                MacAddress.parse(dutMac);
            }
            if (dutIp != null) {
                IpAddresses.parse(dutIp);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("wirecheck: " + e.getMessage());
            return Main.USAGE;
        }
        if (!Files.isRegularFile(capture)) {
            System.err.println("wirecheck: " + capture + (Files.exists(capture) ? ": not a regular file" : ": no such file"));
            return Main.USAGE;
        }
        CheckOptions options = CheckOptions.defaults().withDut(dutMac, dutIp).withDeadline(deadlineNanos);
        long started = System.nanoTime();
        // a damaged capture is checked up to the damage: every intact frame counts, then exit 2
        CaptureFormatException[] damage = {null};
        FrameSource intact = FrameSource.keptIfSmall(action -> {
            try {
                CaptureReader.forEach(capture, action);
            } catch (CaptureFormatException e) {
                damage[0] = e;
            }
        }, Files.size(capture));
        CheckResult result = Checker.check(capture, intact, options, n -> {
            if (System.nanoTime() - started > 1_000_000_000L) {
                System.err.printf("\rwirecheck: %,d frames checked…", n);
            }
        });
        if (System.nanoTime() - started > 1_000_000_000L) {
            System.err.println();
        }
        System.out.print(TerminalReport.render(result));
        if (json != null) {
            new JsonReport().write(result, json);
            System.out.println("JSON report: " + json);
        }
        for (Path written : reports.writeAll(result)) {
            System.out.println("report: " + written);
        }
        if (damage[0] != null) {
            System.err.println("wirecheck: " + damage[0].getMessage() + " (checked the " + result.framesTotal()
                    + " intact frames before it)");
            return Main.USAGE;
        }
        return result.mandatoryFailed() ? Main.FOUND : Main.OK;
    }
}
