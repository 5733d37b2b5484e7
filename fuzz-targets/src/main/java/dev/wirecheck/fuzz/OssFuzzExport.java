package dev.wirecheck.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes what OSS-Fuzz's JVM conventions expect beside each fuzzer in {@code $OUT}:
 * {@code <target>.dict}, {@code <target>.options} (libFuzzer's dictionary, time and
 * memory limits) and {@code <target>_seed_corpus.zip} from {@code corpora/<target>/}, and
 * prints the target names, one a line, for build.sh to write one wrapper per target.
 *
 * <p>Usage: {@code java -cp … dev.wirecheck.fuzz.OssFuzzExport OUT CORPORA}
 */
public final class OssFuzzExport {
    private OssFuzzExport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: OssFuzzExport OUT CORPORA");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Path corpora = Path.of(args[1]);
        for (FuzzTarget t : FuzzTargets.ALL) {
            try (InputStream in = FuzzTargets.class.getResourceAsStream(t.dictionaryResource())) {
                AtomicFiles.write(out.resolve(t.name() + ".dict"), in.readAllBytes());
            }
            String options = "[libfuzzer]\ndict = " + t.name() + ".dict\nmax_len = " + FuzzTarget.MAX_INPUT_BYTES
                    + "\ntimeout = " + t.timeoutSeconds() + "\nrss_limit_mb = " + FuzzTarget.RSS_LIMIT_MB + "\n";
            AtomicFiles.write(out.resolve(t.name() + ".options"), options.getBytes(StandardCharsets.UTF_8));
            Path zip = out.resolve(t.name() + "_seed_corpus.zip");
            Path part = out.resolve("." + t.name() + "_seed_corpus.zip.part");
            try (OutputStream os = Files.newOutputStream(part); ZipOutputStream z = new ZipOutputStream(os)) {
                for (Path seed : Corpus.inputs(corpora.resolve(t.name()))) {
                    z.putNextEntry(new ZipEntry(seed.getFileName().toString()));
                    z.write(Files.readAllBytes(seed));
                    z.closeEntry();
                }
            }
            Files.move(part, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            System.out.println(t.name());
        }
    }
}
