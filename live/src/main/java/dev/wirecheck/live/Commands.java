package dev.wirecheck.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs short external commands (ip, make) with a time bound, turning failure into one clear line. */
public final class Commands {
    private Commands() {}

    /** Runs {@code command}, waits at most {@code timeoutSeconds}; returns its output (stdout and stderr). */
    public static String run(List<String> command, long timeoutSeconds) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + ": cannot run (" + e.getMessage() + ")", e);
        }
        try {
            // output is small for these commands; read it after the exit, bounded by the wait
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + ": no result within " + timeoutSeconds + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", command) + ": interrupted", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.exitValue() != 0) {
            String last = out.isEmpty() ? "" : ": " + out.lines().reduce((a, b) -> b).orElse("");
            throw new IOException(String.join(" ", command) + " failed with status " + p.exitValue() + last);
        }
        return out;
    }

    /** True when {@code program} is found on the PATH. */
    public static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(":")) {
            if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
