package dev.wirecheck.live.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input to {@code replay} gives one clear line and exit status 2, and writes nothing. */
class ReplayCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int replay(String... args) {
        CommandLine cl = LiveCommands.commandLine();
        cl.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 1];
        full[0] = "replay";
        System.arraycopy(args, 0, full, 1, args.length);
        return cl.execute(full);
    }

    private static String capture(String name) throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("../shared/captures/lwip"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IOException("../shared/captures/lwip not found");
        }
        return dir.resolve("../shared/captures/lwip/" + name).normalize().toString();
    }

    @Test
    void missingInterfaceIsNamed() throws IOException {
        Path out = dir.resolve("new.pcap");
        int status = replay(capture("02-ping.pcap"), "--iface", "wc-nope0", "--dut-mac", "02:00:00:00:00:0a",
                "--dut-ip", "192.0.2.10", "--out", out.toString());
        assertEquals(2, status);
        assertTrue(err.toString().contains("wc-nope0: no such network interface"), err.toString());
        assertEquals(1, err.toString().strip().lines().filter(l -> l.startsWith("wirecheck:")).count(), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void missingLibpcapNamesTheDebianPackage() throws Exception {
        // a fresh JVM told to load libpcap from nowhere (pcap4j's library-name property), as on
        // a machine without libpcap0.8
        Path out = dir.resolve("new.pcap");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.pcap4j.core.pcapLibName=/nonexistent/libpcap.so.0.8", "-cp", System.getProperty("java.class.path"),
                LiveCommands.class.getName(), "replay", capture("02-ping.pcap"), "--iface", "lo",
                "--dut-mac", "02:00:00:00:00:0a", "--dut-ip", "192.0.2.10", "--out", out.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), output);
        List<String> errors = output.lines().filter(l -> l.startsWith("wirecheck:")).toList();
        assertEquals(1, errors.size(), output);
        assertTrue(errors.get(0).contains("install the Debian package 'libpcap0.8'"), output);
        assertFalse(output.lines().anyMatch(l -> l.startsWith("/nonexistent")), "one line, not the loader's report: " + output);
        assertFalse(Files.exists(out));
    }

    @Test
    void missingCaptureIsNamed() {
        int status = replay(dir.resolve("none.pcap").toString(), "--iface", "lo", "--dut-mac", "02:00:00:00:00:0a",
                "--dut-ip", "192.0.2.10");
        assertEquals(2, status);
        assertTrue(err.toString().contains("none.pcap"), err.toString());
    }

    @Test
    void badMacIsRejectedBeforeAnythingIsSent() throws IOException {
        int status = replay(capture("02-ping.pcap"), "--iface", "lo", "--dut-mac", "02:00:00:zz:00:0a", "--dut-ip", "192.0.2.10");
        assertEquals(2, status);
        assertTrue(err.toString().contains("is not a MAC address"), err.toString());
    }

    @Test
    void captureWithoutAnswersAsksForTheDevice() throws IOException {
        // the ping capture cut to the peer's frames: nothing in it is an answer
        Path onlyPeer = dir.resolve("only-peer.pcap");
        var frames = dev.wirecheck.capture.CaptureReader.readAll(Path.of(capture("02-ping.pcap")));
        try (var w = dev.wirecheck.capture.PcapWriter.atomic(onlyPeer, 1)) {
            for (var f : frames) {
                if (f.data()[6] != 0x02) { // the captured device is 02:00:00:00:00:01, the peer 62:42:…
                    w.write(f);
                }
            }
        }
        int status = replay(onlyPeer.toString(), "--iface", "lo", "--dut-mac", "02:00:00:00:00:0a", "--dut-ip", "192.0.2.10");
        assertEquals(2, status);
        assertTrue(err.toString().contains("--capture-dut-mac"), err.toString());
    }
}
