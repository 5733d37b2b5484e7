package dev.wirecheck.cli;

import dev.wirecheck.capture.CaptureReader;
import dev.wirecheck.differential.Allowlist;
import dev.wirecheck.differential.Differential;
import dev.wirecheck.differential.Disagreement;
import dev.wirecheck.parsers.ParserFamilies;
import dev.wirecheck.parsers.ParserFamily;
import dev.wirecheck.wire.Frame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code wirecheck diff}: dissects every frame with the reference family (hand-written)
 * and the families named by {@code --against}, prints each disagreement the allowlist does
 * not explain (frame, field, each side's value and offset), then a summary per field.
 * Exit status 1 when a disagreement is unexplained, 0 otherwise, 2 on usage or I/O errors.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare parser families (hand-written against Kaitai and pcap4j) frame by frame.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "pcap or pcapng capture files")
    List<Path> files;

    @Option(names = "--against", split = ",", paramLabel = "FAMILY", defaultValue = "kaitai,pcap4j",
            description = "families to compare with the reference (default: ${DEFAULT-VALUE})")
    List<String> against;

    @Option(names = "--reference", paramLabel = "FAMILY", defaultValue = "hand",
            description = "the family the others are compared with (default: ${DEFAULT-VALUE})")
    String reference;

    @Option(names = "--explained", description = "also print each disagreement the allowlist explains")
    boolean showExplained;

    @Option(names = "--allowlist", paramLabel = "FILE",
            description = "explain disagreements with this allowlist instead of the shipped one (same JSON format)")
    Path allowlistFile;

    /** Counts per (families, kind, field) for the summary. */
    private record Key(String pair, Disagreement.Kind kind, String subject) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return (pair + '\0' + subject + '\0' + kind).compareTo(o.pair + '\0' + o.subject + '\0' + o.kind);
        }
    }

    private static final class Tally {
        long unexplained;
        long explained;
        final LinkedHashSet<String> entries = new LinkedHashSet<>();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Allowlist allowlist;
        try {
            allowlist = allowlist();
        } catch (IOException | IllegalArgumentException e) {
            err.println("wirecheck: allowlist " + allowlistFile + ": " + Errors.oneLine(e));
            return Main.USAGE;
        }
        Differential diff = new Differential(families(), allowlist);
        Map<Key, Tally> summary = new TreeMap<>();
        long frames = 0;
        boolean ioError = false;
        for (Path file : files) {
            try (CaptureReader reader = CaptureReader.open(file)) {
                Frame f;
                while ((f = reader.next()) != null) {
                    frames++;
                    for (Differential.Finding finding : diff.frame(f)) {
                        record(out, file, finding, summary);
                    }
                }
            } catch (IOException e) {
                // the frames before the damage were compared; say where it is and go on with the next file
                err.println("wirecheck: " + Errors.oneLine(e));
                ioError = true;
            }
        }
        long unexplained = printSummary(out, summary, frames);
        diff.hits().entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf("  explained by %-45s %d%n", e.getKey(), e.getValue()));
        out.flush();
        if (ioError) {
            return Main.USAGE;
        }
        return unexplained > 0 ? Main.FOUND : Main.OK;
    }

    private List<ParserFamily> families() {
        List<ParserFamily> out = new ArrayList<>();
        out.add(family(reference));
        for (String name : new LinkedHashSet<>(against)) {
            if (name.equals(reference)) {
                throw new ParameterException(spec.commandLine(), "--against names the reference family '" + name + "'");
            }
            out.add(family(name));
        }
        return out;
    }

    private ParserFamily family(String name) {
        try {
            return ParserFamilies.byName(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void record(PrintWriter out, Path file, Differential.Finding finding, Map<Key, Tally> summary) {
        Disagreement d = finding.disagreement();
        Key key = new Key(d.left().family() + " vs " + d.right().family(), d.kind(), d.subject());
        Tally t = summary.computeIfAbsent(key, k -> new Tally());
        if (finding.explained()) {
            t.explained++;
            t.entries.add(finding.explainedBy().id());
        } else {
            t.unexplained++;
        }
        if (!finding.explained() || showExplained) {
            out.printf("%s frame %d: %s %s [%s]: %s  %s%s%n", file, d.frame(), d.kind(), d.subject(), d.layer(),
                    d.left(), d.right(), finding.explained() ? "  (explained: " + finding.explainedBy().id() + ")" : "");
        }
    }

    private static long printSummary(PrintWriter out, Map<Key, Tally> summary, long frames) {
        long unexplained = 0;
        long explained = 0;
        if (!summary.isEmpty()) {
            out.println();
            out.printf("%-20s %-24s %-40s %11s %9s  %s%n", "families", "kind", "field", "unexplained", "explained",
                    "allowlist entries");
        }
        for (Map.Entry<Key, Tally> e : summary.entrySet()) {
            Key k = e.getKey();
            Tally t = e.getValue();
            unexplained += t.unexplained;
            explained += t.explained;
            out.printf("%-20s %-24s %-40s %11d %9d  %s%n", k.pair(), k.kind(), k.subject(), t.unexplained, t.explained,
                    String.join(",", t.entries));
        }
        out.printf("%d frames, %d disagreements: %d unexplained, %d explained by the allowlist%n", frames,
                unexplained + explained, unexplained, explained);
        return unexplained;
    }

    private Allowlist allowlist() throws IOException {
        if (allowlistFile == null) {
            return Allowlist.standard();
        }
        try (var in = java.nio.file.Files.newInputStream(allowlistFile)) {
            return Allowlist.parse(in);
        }
    }
}
