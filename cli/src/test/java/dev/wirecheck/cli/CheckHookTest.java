package dev.wirecheck.cli;

import dev.wirecheck.wire.MacAddress;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** replay hands its new capture to the CLI's check command, naming the live device. */
class CheckHookTest {

    @Command(name = "check")
    static final class RecordingCheck implements Callable<Integer> {
        @Parameters(index = "0")
        Path capture;
        @Option(names = "--dut-mac")
        String dutMac;

        @Override
        public Integer call() {
            return 1; // "a rule failed"
        }
    }

    /** A bare root, so the tests do not depend on whether this build's Main lists a check command. */
    @Command(name = "wirecheck")
    static final class Root implements Runnable {
        @Override
        public void run() {
        }
    }

    @Test
    void checkRunsOnTheNewCaptureWithTheLiveDevice() throws Exception {
        CommandLine root = new CommandLine(new Root());
        RecordingCheck check = new RecordingCheck();
        root.addSubcommand("check", check);
        int status = CheckHook.checker(root).check(Path.of("new.pcap"), MacAddress.parse("02:00:00:00:00:0a"));
        assertEquals(1, status, "check's verdict is replay's exit status");
        assertEquals(Path.of("new.pcap"), check.capture);
        assertEquals("02:00:00:00:00:0a", check.dutMac);
    }

    @Test
    void withoutCheckTheCaptureIsOnlyWritten() throws Exception {
        CommandLine root = new CommandLine(new Root());
        StringWriter err = new StringWriter();
        root.setErr(new PrintWriter(err, true));
        assertEquals(0, CheckHook.checker(root).check(Path.of("new.pcap"), MacAddress.parse("02:00:00:00:00:0a")));
        assertTrue(err.toString().contains("written unchecked"), err.toString());
    }

    @Test
    void liveCommandsAreListed() {
        CommandLine root = Main.commandLine();
        assertTrue(root.getSubcommands().containsKey("replay"));
        assertTrue(root.getSubcommands().containsKey("fuzz-live"));
    }
}
