package dev.wirecheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wirecheck} command. Exit status: 0 success, 1 the check found what it looks
 * for (a failing MUST rule, a disagreement, a finding), 2 usage or I/O error.
 */
@Command(name = "wirecheck", mixinStandardHelpOptions = true, version = "wirecheck 0.1.0",
        description = "Conformance testing and fuzzing of embedded TCP/IP stacks from their captures.",
        subcommands = {
                DissectCommand.class,
                CheckCommand.class,
                RulesCommand.class,
                MatrixCommand.class,
                DiffCommand.class,
                BenchCommand.class,
                ImportCommand.class,
                FuzzCommand.class,
                FindingsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0, FOUND = 1, USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        CheckHook.addLiveCommands(cl);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("wirecheck: " + ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("wirecheck: " + Errors.oneLine(ex));
            return USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
