package dev.wirecheck.report;

import dev.wirecheck.oracle.ExternalTools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens a page in headless Chromium (Debian package {@code chromium}) with the flags that keep it
 * off the network, a fresh profile per run, and a time limit after which the browser we started
 * (and only it) is ended. Missing Chromium: the test fails under CI=true, is skipped elsewhere.
 */
final class HeadlessChromium {
    private static final long TIMEOUT_SECONDS = 180;
    /** Headless, and kept off the network: no background requests, updates, sync or first-run pages. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private final Path binary;
    private final Path work;

    HeadlessChromium(Path work) {
        this.binary = ExternalTools.require("chromium", "chromium");
        this.work = work;
    }

    /** The DOM after the page's scripts ran, as Chromium serialises it. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, List.of("--dump-dom"));
    }

    /** Renders the page into a PNG of the given window size. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(page, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars"));
        if (!Files.isRegularFile(png)) {
            throw new IOException("chromium wrote no screenshot to " + png);
        }
    }

    private String run(Path page, List<String> action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(binary.toString()));
        cmd.addAll(FLAGS);
        cmd.add("--user-data-dir=" + profile);
        cmd.addAll(action);
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path out = work.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = work.resolve("chromium-" + System.nanoTime() + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s");
        }
        if (p.exitValue() != 0) {
            throw new IOException("chromium exited with " + p.exitValue() + ": " + Files.readString(err));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
