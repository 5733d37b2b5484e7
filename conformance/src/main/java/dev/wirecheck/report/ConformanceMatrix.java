package dev.wirecheck.report;

import dev.wirecheck.check.CheckOptions;
import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.Checker;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.RuleInfo;
import dev.wirecheck.check.RuleTally;
import dev.wirecheck.check.Verdict;
import dev.wirecheck.rules.Catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * docs/conformance-matrix.md: every rule against every stack's captures. A cell sums a stack's
 * captures up (FAIL if any capture fails the rule, else PASS if one passes, else
 * INCONCLUSIVE, "–" when no capture exercises it). Every FAIL is listed with its frames and
 * the note from docs/conformance-notes.tsv that says whether it is a real deviation.
 */
public final class ConformanceMatrix {
    /** One column: a stack, the MAC of its DUT and its captures. */
    public record Stack(String name, String dutMac, List<Path> captures) {
    }

    /** The results of one stack, per capture. */
    public record Column(Stack stack, List<CheckResult> results) {
    }

    private ConformanceMatrix() {
    }

    /** The stacks whose captures the project ships or sits beside: lwIP, smoltcp (twice), the Linux example. */
    public static List<Stack> defaultStacks(Path root) throws IOException {
        Path shared = root.resolve("../shared/captures").normalize();
        return List.of(
                new Stack("lwIP", "02:00:00:00:00:01", pcaps(shared.resolve("lwip"))),
                new Stack("smoltcp", "02:00:00:00:00:02", pcaps(shared.resolve("smoltcp"))),
                new Stack("smoltcp (own driver)", "02:00:00:00:00:02", pcaps(shared.resolve("smoltcp/own-driver"))),
                new Stack("Linux (example)", "02:00:00:00:00:10", List.of(root.resolve("examples/linux-kernel.pcap"))));
    }

    private static List<Path> pcaps(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": missing (the shared captures sit beside the repository)");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pcap")).sorted().toList();
        }
    }

    public static List<Column> run(List<Stack> stacks, CheckOptions options) throws IOException {
        List<Column> out = new ArrayList<>();
        for (Stack s : stacks) {
            List<CheckResult> results = new ArrayList<>();
            for (Path p : s.captures()) {
                results.add(Checker.check(p, options.withDut(s.dutMac(), null)));
            }
            out.add(new Column(s, results));
        }
        return out;
    }

    /** Notes per "stack\trule" from a TSV file (stack, rule id, note); blank lines and # comments skipped. */
    public static Map<String, String> readNotes(Path tsv) throws IOException {
        Map<String, String> notes = new LinkedHashMap<>();
        if (!Files.exists(tsv)) {
            return notes;
        }
        for (String line : Files.readAllLines(tsv)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                notes.put(f[0] + "\t" + f[1], f[2].trim());
            }
        }
        return notes;
    }

    /** Outcome of one rule over a stack's captures (null: not exercised). */
    static Outcome outcome(Column c, String ruleId) {
        boolean pass = false, unsure = false;
        for (CheckResult r : c.results()) {
            for (RuleTally t : r.tallies()) {
                if (t.rule().id().equals(ruleId) && t.outcome() != null) {
                    if (t.outcome() == Outcome.FAIL) {
                        return Outcome.FAIL;
                    }
                    pass |= t.outcome() == Outcome.PASS;
                    unsure |= t.outcome() == Outcome.INCONCLUSIVE;
                }
            }
        }
        return pass ? Outcome.PASS : unsure ? Outcome.INCONCLUSIVE : null;
    }

    private static long captures(Column c, String ruleId, Outcome o) {
        return c.results().stream().filter(r -> r.tallies().stream()
                .anyMatch(t -> t.rule().id().equals(ruleId) && t.outcome() == o)).count();
    }

    /** The (stack, rule) pairs that fail somewhere, as "stack\trule". */
    public static List<String> failures(List<Column> columns) {
        List<String> out = new ArrayList<>();
        for (RuleInfo rule : Catalogue.infos()) {
            for (Column c : columns) {
                if (outcome(c, rule.id()) == Outcome.FAIL) {
                    out.add(c.stack().name() + "\t" + rule.id());
                }
            }
        }
        return out;
    }

    public static String render(List<Column> columns, Map<String, String> notes) {
        StringBuilder s = new StringBuilder();
        s.append("# Conformance matrix\n\n")
                .append("Generated by `./wirecheck matrix` (rules × stacks, from the captures in `../shared/captures` and ")
                .append("`examples/`); do not edit by hand. Notes on failures come from `docs/conformance-notes.tsv`.\n\n")
                .append("A cell sums up the stack's captures: **FAIL** if any capture fails the rule, PASS if one passes ")
                .append("and none fails, INCONCLUSIVE if the captures cannot decide, – if no capture exercises the rule. ")
                .append("The number counts the captures with that outcome. Each DUT is named by its MAC ")
                .append("(`--dut-mac`), deadline 1 s.\n\n");
        s.append("| stack | DUT MAC | captures |\n|---|---|---|\n");
        for (Column c : columns) {
            s.append("| ").append(c.stack().name()).append(" | `").append(c.stack().dutMac()).append("` | ")
                    .append(c.stack().captures().stream().map(p -> p.getFileName().toString())
                            .collect(Collectors.joining(", "))).append(" |\n");
        }
        s.append("\n| rule | level |");
        columns.forEach(c -> s.append(' ').append(c.stack().name()).append(" |"));
        s.append("\n|---|---|");
        columns.forEach(c -> s.append("---|"));
        s.append('\n');
        for (RuleInfo rule : Catalogue.infos()) {
            s.append("| `").append(rule.id()).append("` | ").append(rule.level().text()).append(" |");
            for (Column c : columns) {
                Outcome o = outcome(c, rule.id());
                s.append(' ').append(o == null ? "–" : (o == Outcome.FAIL ? "**FAIL**" : o.name())
                        + " (" + captures(c, rule.id(), o) + ")").append(" |");
            }
            s.append('\n');
        }
        s.append("\n## Failures\n");
        appendVerdicts(s, columns, notes, Outcome.FAIL);
        s.append("\n## Inconclusive\n");
        appendVerdicts(s, columns, notes, Outcome.INCONCLUSIVE);
        return s.toString();
    }

    private static void appendVerdicts(StringBuilder s, List<Column> columns, Map<String, String> notes, Outcome which) {
        boolean any = false;
        for (RuleInfo rule : Catalogue.infos()) {
            for (Column c : columns) {
                if (outcome(c, rule.id()) != which) {
                    continue;
                }
                any = true;
                s.append("\n### ").append(c.stack().name()).append(": `").append(rule.id()).append("` (")
                        .append(rule.level().text()).append(", ").append(rule.citation()).append(")\n\n")
                        .append(rule.summary()).append(".\n\n");
                for (CheckResult r : c.results()) {
                    for (Verdict v : r.verdictsOf(rule.id())) {
                        if (v.outcome() == which) {
                            s.append("- ").append(r.capture().getFileName()).append(v.frames().isEmpty() ? ""
                                    : " frame" + (v.frames().size() == 1 ? " " : "s ") + v.frames().stream()
                                    .map(String::valueOf).collect(Collectors.joining(", "))).append(": ")
                                    .append(v.message()).append('\n');
                        }
                    }
                }
                String note = notes.get(c.stack().name() + "\t" + rule.id());
                if (note != null) {
                    s.append("\n").append(note).append('\n');
                } else if (which == Outcome.FAIL) {
                    s.append("\n*No note yet: a real deviation, or a bug in the rule?*\n");
                }
            }
        }
        if (!any) {
            s.append("\nNone.\n");
        }
    }
}
