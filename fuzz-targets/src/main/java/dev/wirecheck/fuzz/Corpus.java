package dev.wirecheck.fuzz;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.wire.Frame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A corpora directory: {@code <dir>/<target>/<sha1>} per seed input, and
 * {@code <dir>/<target>/PROVENANCE.tsv} saying where each came from. Adding the same bytes
 * twice stores them once. Seeds and the provenance file are written atomically.
 */
public final class Corpus {
    public static final String PROVENANCE = "PROVENANCE.tsv";
    private static final String HEADER = "sha1\tsource\tframe\tstack\tadded\n";

    private final Path dir;
    /** Provenance lines not yet written, per target. */
    private final Map<String, StringBuilder> pending = new LinkedHashMap<>();
    private final Map<String, Set<String>> known = new LinkedHashMap<>();
    private final Map<String, Integer> added = new LinkedHashMap<>();
    private final Set<String> shapes = new HashSet<>();
    private final String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    private boolean onePerShape;

    public Corpus(Path dir) {
        this.dir = dir;
    }

    /**
     * Keeps one seed per target and frame shape (layers, TCP flags, ICMP type, size class)
     * instead of every distinct frame: for corpora committed to the repository, where a
     * thousand segments of one download add bytes but no coverage.
     */
    public Corpus onePerShape(boolean on) {
        this.onePerShape = on;
        return this;
    }

    /** The seed files of one target's folder (not the provenance file, not hidden files), sorted. */
    public static List<Path> inputs(Path targetDir) throws IOException {
        if (!Files.isDirectory(targetDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(targetDir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return !n.equals(PROVENANCE) && !n.startsWith(".") && !n.endsWith(".md");
            }).sorted().toList();
        }
    }

    /** Adds one seed; true when its bytes were new to the target. */
    public boolean add(String target, byte[] seed, String source, String frame, String stack) throws IOException {
        String sha1 = StackHash.sha1(seed);
        Path targetDir = dir.resolve(target);
        Set<String> seen = known.computeIfAbsent(target, t -> new HashSet<>());
        if (!seen.add(sha1) || Files.exists(targetDir.resolve(sha1))) {
            return false;
        }
        AtomicFiles.write(targetDir.resolve(sha1), seed);
        pending.computeIfAbsent(target, t -> new StringBuilder())
                .append(sha1).append('\t').append(source).append('\t').append(frame).append('\t').append(stack)
                .append('\t').append(now).append('\n');
        added.merge(target, 1, Integer::sum);
        return true;
    }

    /** Every frame of a capture, through every target's {@link SeedSource}. */
    public void importCapture(Path capture, String source, String stack) throws IOException {
        Dissector dissector = new Dissector();
        List<FuzzTarget> wholeCaptures = FuzzTargets.ALL.stream().filter(t -> t.seeds() == SeedSource.CAPTURE_RUN).toList();
        CaptureRuns runs = new CaptureRuns((pcap, first, runShapes) -> {
            for (FuzzTarget t : wholeCaptures) {
                if (!onePerShape || shapes.add(t.name() + "|" + runShapes)) {
                    add(t.name(), pcap, source, Long.toString(first), stack);
                }
            }
        });
        try (CaptureReader r = CaptureReader.open(capture)) {
            Frame f;
            while ((f = r.next()) != null) {
                DecodedFrame decoded = dissector.dissect(f);
                for (FuzzTarget t : FuzzTargets.ALL) {
                    byte[] seed = t.seeds().seed(f, decoded);
                    if (seed != null && (!onePerShape || shapes.add(t.name() + "|" + shape(decoded, seed)))) {
                        add(t.name(), seed, source, Long.toString(f.number()), stack);
                    }
                }
                runs.add(f, shape(decoded, f.data()));
            }
        }
        runs.flush();
        flush();
    }

    private static String shape(DecodedFrame d, byte[] seed) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < d.layerCount(); i++) {
            s.append(d.layer(i)).append(',');
        }
        s.append(d.tcp() != null ? d.tcp().flags() : -1).append(',');
        s.append(d.icmpv4() != null ? d.icmpv4().type() : d.icmpv6() != null ? d.icmpv6().type() : -1).append(',');
        s.append(d.malformed()).append(',').append(Integer.highestOneBit(seed.length));
        return s.toString();
    }

    /** Appends the pending provenance lines (the whole file is rewritten atomically). */
    public void flush() throws IOException {
        for (Map.Entry<String, StringBuilder> e : pending.entrySet()) {
            Path file = dir.resolve(e.getKey()).resolve(PROVENANCE);
            String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
            AtomicFiles.write(file, (before + e.getValue()).getBytes(StandardCharsets.UTF_8));
        }
        pending.clear();
    }

    /** Seeds added per target since this object was made, in table order (targets with none left out). */
    public Map<String, Integer> added() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String name : FuzzTargets.names()) {
            if (added.containsKey(name)) {
                out.put(name, added.get(name));
            }
        }
        return out;
    }

    /**
     * The device stack a capture came from, guessed from its path ({@code …/lwip/…},
     * {@code …/smoltcp/…}, the Linux examples), or {@code unknown}.
     */
    public static String stackOf(Path capture) {
        List<String> parts = new ArrayList<>();
        capture.toAbsolutePath().normalize().forEach(p -> parts.add(p.toString().toLowerCase()));
        for (int i = parts.size() - 1; i >= 0; i--) {
            String p = parts.get(i);
            if (p.contains("smoltcp")) {
                return "smoltcp";
            }
            if (p.contains("lwip")) {
                return "lwip";
            }
            if (p.contains("linux")) {
                return "linux";
            }
        }
        return "unknown";
    }
}
