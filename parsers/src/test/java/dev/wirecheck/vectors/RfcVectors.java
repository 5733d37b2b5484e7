package dev.wirecheck.vectors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the repository root and loads every vector under {@code rfc-vectors/}. */
public final class RfcVectors {
    private RfcVectors() {}

    /** The repository root: the {@code wirecheck.root} property surefire sets, else found upwards. */
    public static Path root() {
        String prop = System.getProperty("wirecheck.root");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("rfc-vectors"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository root (no rfc-vectors/ above "
                    + Path.of("").toAbsolutePath() + ")");
        }
        return p;
    }

    public static List<RfcVector> all() throws IOException {
        Path dir = root().resolve("rfc-vectors");
        List<RfcVector> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(RfcVector.load(f));
            }
        }
        return out;
    }
}
