package dev.wirecheck.oracle;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Finds external programs for tests. Under CI=true a missing tool fails the test (CI
 * installs it, so absence is a broken pipeline); elsewhere the test is skipped with a
 * message naming the Debian package to install.
 */
public final class ExternalTools {
    private ExternalTools() {}

    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The program's path, or the test ends here (failed on CI, skipped elsewhere). */
    public static Path require(String program, String debianPackage) {
        Path found = find(program);
        if (found == null) {
            String message = program + " not found on PATH; install the Debian package '" + debianPackage + "'";
            if (onCi()) {
                fail(message + " (CI=true: tests that need it must not skip)");
            }
            Assumptions.abort(message);
        }
        return found;
    }

    public static Path find(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
