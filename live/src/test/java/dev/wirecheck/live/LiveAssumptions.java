package dev.wirecheck.live;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** Live tests need root and tools: under CI=true their absence fails the test, elsewhere it skips it. */
final class LiveAssumptions {
    private LiveAssumptions() {}

    static void requireLiveTarget() {
        String missing = LiveTarget.missingPrerequisite();
        if (missing == null && !Commands.onPath("python3")) {
            missing = "python3 not found: install the Debian package 'python3'";
        }
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("live target test cannot run under CI: " + missing);
            }
            Assumptions.abort("live target test skipped: " + missing);
        }
    }

    /** The repository root: the nearest directory upwards whose pom.xml lists modules. */
    static Path repoRoot() throws java.io.IOException {
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
}
