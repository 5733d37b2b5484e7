package dev.wirecheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code wirecheck check} and {@code wirecheck rules} as a user runs them: output and exit status. */
class CheckCommandTest {
    static final Path ROOT = Path.of(System.getProperty("wirecheck.root", "..")).toAbsolutePath().normalize();

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = Main.commandLine().execute(args);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static String shared(String name) {
        return ROOT.resolve("../shared/captures").resolve(name).normalize().toString();
    }

    @Test
    void aConformingCaptureExitsZeroWithASummary() {
        // lwIP MANIFEST 02-ping: replied to all 10 echoes
        Run r = run("check", shared("lwip/02-ping.pcap"));
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().contains("DUT: 02:00:00:00:00:01"), r.out());
        assertTrue(r.out().contains("OK: no MUST-level rule fails"), r.out());
    }

    @Test
    void aFailingMustRuleExitsOne() {
        // smoltcp MANIFEST 01-dhcp-boot: no DAD for the link-local address
        Run r = run("check", "--dut-mac", "02:00:00:00:00:02", shared("smoltcp/01-dhcp-boot.pcap"));
        assertEquals(Main.FOUND, r.status());
        assertTrue(r.out().contains("FAIL RFC4862-5.4-dad-before-use [MUST]"), r.out());
    }

    @Test
    void usageAndInputErrorsExitTwoWithOneLine() {
        Run missing = run("check", "/nonexistent/x.pcap");
        assertEquals(Main.USAGE, missing.status());
        assertEquals("wirecheck: /nonexistent/x.pcap: no such file", missing.err().strip());
        Run deadline = run("check", "--deadline", "soon", shared("lwip/02-ping.pcap"));
        assertEquals(Main.USAGE, deadline.status());
        assertTrue(deadline.err().startsWith("wirecheck: not a duration"), deadline.err());
        Run mac = run("check", "--dut-mac", "02:00", shared("lwip/02-ping.pcap"));
        assertEquals(Main.USAGE, mac.status());
    }

    @Test
    void notACaptureExitsTwo(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.pcap");
        Files.writeString(junk, "this is not a capture");
        Run r = run("check", junk.toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().startsWith("wirecheck: "), r.err());
    }

    @Test
    void aTruncatedCaptureIsCheckedUpToTheDamageAndExitsTwo(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(Path.of(shared("lwip/02-ping.pcap")));
        Path cut = dir.resolve("cut.pcap");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 100)); // the last record loses its end
        Run r = run("check", cut.toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.out().contains("22 frames"), r.out());
        assertTrue(r.err().startsWith("wirecheck: ") && r.err().contains("22 intact frames"), r.err());
    }

    @Test
    void jsonReportIsWritten(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("out/result.json");
        Run r = run("check", "--json", json.toString(), ROOT.resolve("examples/linux-kernel.pcapng").toString());
        assertEquals(Main.OK, r.status(), r.out() + r.err());
        String text = Files.readString(json);
        assertTrue(text.contains("\"mac\" : \"02:00:00:00:00:10\""), text.substring(0, 300));
        assertTrue(text.contains("\"frames_total\" : 282"));
    }

    @Test
    void rulesListsTheCatalogueAndItsMarkdownIsDocsRulesMd() throws Exception {
        Run r = run("rules");
        assertEquals(Main.OK, r.status());
        assertTrue(r.out().contains("RFC1122-3.2.2.6-echo-reply"), r.out());
        Run md = run("rules", "--markdown");
        assertEquals(Files.readString(ROOT.resolve("docs/rules.md")), md.out());
    }
}
