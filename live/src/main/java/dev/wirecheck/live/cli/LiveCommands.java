package dev.wirecheck.live.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The live commands on their own ({@code replay}, {@code fuzz-live}), for running inside a
 * target's network namespace from tests; the {@code wirecheck} CLI adds the same command
 * classes to its own list. Exit status as the CLI's: 0 ok, 1 found something, 2 error.
 */
@Command(name = "wirecheck-live", mixinStandardHelpOptions = true, subcommands = {ReplayCommand.class, FuzzLiveCommand.class})
public final class LiveCommands implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LiveCommands());
        cl.setExitCodeExceptionMapper(e -> 2);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("wirecheck: " + ex.getMessage());
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            String m = ex instanceof java.nio.file.NoSuchFileException nf ? nf.getFile() + ": no such file" : ex.getMessage();
            c.getErr().println("wirecheck: " + (m == null ? ex.toString() : m));
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
