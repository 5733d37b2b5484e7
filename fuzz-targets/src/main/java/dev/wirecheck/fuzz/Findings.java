package dev.wirecheck.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code findings/} directory: one folder per target and per stack hash, so the same
 * bug found twice is one finding (its {@code last_seen} moves on). A new finding's folder
 * is filled under a temporary name and renamed, so an interrupted run leaves none half-written.
 */
public final class Findings {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Folder prefix of the findings {@code fuzz-live} writes (live-<name>/). */
    public static final String LIVE_PREFIX = "live-";

    private final Path root;

    public Findings(Path root) {
        this.root = root.toAbsolutePath();
    }

    public Path root() {
        return root;
    }

    /** Where a finding is (or would be) stored. */
    public Path dir(String target, String stackHash) {
        return root.resolve(target).resolve(stackHash.substring(0, Finding.ID_LENGTH));
    }

    /** What {@link #record} did: the finding, its folder, and whether it is new. */
    public record Recorded(Finding finding, Path dir, boolean isNew) {
    }

    /**
     * Records a crash of {@code target} on {@code input}. {@code failure} is the exception
     * the replay threw, or null for a timeout / out-of-memory, in which case {@code kind}
     * and {@code report} (libFuzzer's report) describe it.
     */
    public Recorded record(String target, byte[] input, byte[] minimised, Throwable failure, String kind, String report)
            throws IOException {
        String hash = failure != null ? StackHash.of(failure) : StackHash.ofKind(target, kind);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Path dir = dir(target, hash);
        Path json = dir.resolve("finding.json");
        if (Files.isRegularFile(json)) {
            Finding seen = read(json).seenAgain(now);
            AtomicFiles.write(json, JSON.writeValueAsBytes(seen));
            return new Recorded(seen, dir, false);
        }
        Finding f = new Finding(target, failure != null ? failure.toString() : kind,
                failure != null ? StackHash.topFrames(failure) : List.of(), hash, now, now, Finding.OPEN, null);
        Path part = dir.resolveSibling("." + dir.getFileName() + ".part");
        deleteRecursively(part);
        Files.createDirectories(part);
        Files.write(part.resolve("input"), input);
        if (minimised != null && minimised.length < input.length) {
            Files.write(part.resolve("input.min"), minimised);
        }
        Files.writeString(part.resolve("stacktrace.txt"), failure != null ? trace(failure) : report,
                StandardCharsets.UTF_8);
        Files.write(part.resolve("finding.json"), JSON.writeValueAsBytes(f));
        AtomicFiles.publishDirectory(part, dir);
        return new Recorded(f, dir, true);
    }

    /**
     * Every finding of a fuzz target, by target then id. Live findings ({@code live-<name>/},
     * written by {@code fuzz-live}) are left out: their reproducer is a capture replayed to a
     * device, not an input for a target, and the live module replays them.
     */
    public List<Path> dirs() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root, 2)) {
            return s.filter(p -> root.relativize(p).getNameCount() == 2 && !p.getFileName().toString().startsWith(".")
                    && !root.relativize(p).getName(0).toString().startsWith(LIVE_PREFIX)
                    && Files.isRegularFile(p.resolve("finding.json"))).sorted().toList();
        }
    }

    public static Finding read(Path findingJson) throws IOException {
        return JSON.readValue(findingJson.toFile(), Finding.class);
    }

    public static void write(Path findingJson, Finding f) throws IOException {
        AtomicFiles.write(findingJson, JSON.writeValueAsBytes(f));
    }

    /** Runs one input through a target: the throwable it raised, or null when it passed. */
    public static Throwable replay(FuzzTarget target, byte[] input) {
        try {
            target.body().run(input);
            return null;
        } catch (Throwable t) { // every throwable is the answer here: it is the finding's reproduction
            return t;
        }
    }

    public static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    private static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            List<Path> all = new ArrayList<>(s.toList());
            java.util.Collections.reverse(all);
            for (Path x : all) {
                Files.delete(x);
            }
        }
    }
}
