package dev.wirecheck.live;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** Live tests need root and tools: under CI=true their absence fails the test, elsewhere it skips it. */
public final class LiveTestSupport {
    private LiveTestSupport() {}

    public static void requireLiveTarget() {
        String missing = LiveTarget.missingPrerequisite();
        if (missing == null && !Commands.onPath("python3")) {
            missing = "python3 not found: install the Debian package 'python3'";
        }
        requireNothingMissing(missing);
    }

    /** As {@link #requireLiveTarget}, and the command {@code tool} on the PATH, from the Debian package named. */
    public static void requireLiveTarget(String tool, String debianPackage) {
        requireLiveTarget();
        requireNothingMissing(Commands.onPath(tool) ? null
                : tool + " not found: install the Debian package '" + debianPackage + "'");
    }

    /** Under CI=true a missing prerequisite fails the test; on a developer's machine it skips it, saying why. */
    private static void requireNothingMissing(String missing) {
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("live target test cannot run under CI: " + missing);
            }
            Assumptions.abort("live target test skipped: " + missing);
        }
    }

    /** The repository root: the nearest directory upwards whose pom.xml lists modules. */
    public static Path repoRoot() throws IOException {
        String configured = System.getProperty("wirecheck.root");
        if (configured != null && Files.exists(Path.of(configured, "targets"))) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path pom = dir.resolve("pom.xml");
            if (Files.exists(pom) && Files.readString(pom).contains("<modules>")) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
    }

    /** A finished child process: exit status and everything it printed. */
    public record Result(int status, String output) {
    }

    /** Runs {@code command}, its output (stdout and stderr) kept; kills it after {@code timeoutSeconds}. */
    public static Result run(java.util.List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("wc-live-", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                fail(String.join(" ", command) + ": still running after " + timeoutSeconds + " s; output: " + Files.readString(log));
            }
            return new Result(p.exitValue(), Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
