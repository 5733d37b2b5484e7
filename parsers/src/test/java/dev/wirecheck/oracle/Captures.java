package dev.wirecheck.oracle;

import dev.wirecheck.vectors.RfcVectors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real captures tests run on: the device captures in ../shared/captures (lwIP,
 * smoltcp and smoltcp's own-driver set) and the project's own examples/.
 */
public final class Captures {
    private Captures() {}

    public static Path shared() {
        return RfcVectors.root().resolve("../shared/captures").normalize();
    }

    /** Every device capture in ../shared/captures (sorted); fails loudly when the folder is missing. */
    public static List<Path> deviceCaptures() throws IOException {
        Path dir = shared();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("missing " + dir + ": the shared captures must sit beside the repository");
        }
        return list(dir);
    }

    /** The project's own captures in examples/ (pcap and pcapng). */
    public static List<Path> examples() throws IOException {
        Path dir = RfcVectors.root().resolve("examples");
        return Files.isDirectory(dir) ? list(dir) : List.of();
    }

    public static List<Path> all() throws IOException {
        List<Path> out = new ArrayList<>(deviceCaptures());
        out.addAll(examples());
        return out;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".pcap") || n.endsWith(".pcapng");
            }).sorted().toList();
        }
    }
}
