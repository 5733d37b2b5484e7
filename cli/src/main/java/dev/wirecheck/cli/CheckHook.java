package dev.wirecheck.cli;

import dev.wirecheck.live.Checker;
import dev.wirecheck.live.cli.FuzzLiveCommand;
import dev.wirecheck.live.cli.ReplayCommand;
import dev.wirecheck.wire.MacAddress;
import picocli.CommandLine;

import java.nio.file.Path;

/**
 * Adds the live commands ({@code replay}, {@code fuzz-live}) with a {@link Checker} that runs
 * this CLI's own {@code check} command ({@code check CAPTURE --dut-mac M}) on the capture
 * they write, once that command exists.
 */
final class CheckHook {
    private CheckHook() {}

    static void addLiveCommands(CommandLine root) {
        root.addSubcommand("replay", new ReplayCommand(checker(root)));
        root.addSubcommand("fuzz-live", new FuzzLiveCommand());
    }

    /** Runs {@code root}'s {@code check} subcommand, looked up when a capture is ready. */
    static Checker checker(CommandLine root) {
        return (capture, device) -> check(root, capture, device);
    }

    private static int check(CommandLine root, Path capture, MacAddress device) {
        CommandLine check = root.getSubcommands().get("check");
        if (check == null) {
            root.getErr().println("wirecheck: no 'check' command in this build; " + capture + " was written unchecked");
            return Main.OK;
        }
        return check.execute(capture.toString(), "--dut-mac", device.toString());
    }
}
