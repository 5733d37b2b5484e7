package dev.wirecheck.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report file atomically: into a temporary file beside the target, then renamed over
 * it, so a reader never sees half a report and a failed write leaves the old file in place.
 * The temporary file is created like any other file (permissions from the umask, e.g. 0644),
 * not with {@code Files.createTempFile}'s 0600, since a report is meant to be read by others
 * (a CI server, a web server serving the HTML).
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new IOException(target + ": is a directory, not a file");
        }
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = createSibling(abs);
        try {
            Files.write(temp, content);
            Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A new, empty, hidden file beside {@code target} with default permissions. */
    private static Path createSibling(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String name = "." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp";
            try {
                return Files.createFile(target.resolveSibling(name));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }
}
