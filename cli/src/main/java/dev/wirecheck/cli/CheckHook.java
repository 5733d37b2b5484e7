package dev.wirecheck.cli;

import dev.wirecheck.live.Checker;
import dev.wirecheck.live.cli.FuzzLiveCommand;
import dev.wirecheck.live.cli.ReplayCommand;
import picocli.CommandLine;

import java.nio.file.Path;

/**
 * Adds the live commands ({@code replay}, {@code fuzz-live}) with a {@link Checker} that runs
 * this CLI's own {@code check} command on the capture they write, once that command exists.
 */
final class CheckHook {
    private CheckHook() {}

    static void addLiveCommands(CommandLine root) {
        Checker checker = capture -> check(root, capture);
        root.addSubcommand("replay", new ReplayCommand(checker));
        root.addSubcommand("fuzz-live", new FuzzLiveCommand());
    }

    private static int check(CommandLine root, Path capture) {
        CommandLine check = root.getSubcommands().get("check");
        if (check == null) {
            root.getErr().println("wirecheck: no 'check' command in this build; " + capture + " was written unchecked");
            return Main.OK;
        }
        return check.execute(capture.toString());
    }
}
