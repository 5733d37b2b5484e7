package dev.wirecheck.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root (Maven passes it as {@code wirecheck.root}; else found by walking up to the reactor pom). */
final class Repository {
    private Repository() {}

    static Path root() {
        String prop = System.getProperty("wirecheck.root");
        if (prop != null && Files.isDirectory(Path.of(prop, "corpora"))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.isDirectory(p.resolve("corpora")) && Files.isRegularFile(p.resolve("pom.xml")))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository root (a directory with pom.xml and corpora/)");
        }
        return p;
    }
}
