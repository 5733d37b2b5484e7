package dev.wirecheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root (the directory whose pom.xml lists the modules), found by walking up from the module. */
public final class RepoRoot {
    private RepoRoot() {}

    static Path get() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>")) {
                    return p;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no pom.xml with <modules> above " + Path.of("").toAbsolutePath());
    }

    public static Path sharedCapture(String relative) {
        return get().resolve("../shared/captures").resolve(relative).normalize();
    }
}
