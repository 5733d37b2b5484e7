package dev.wirecheck.report;

import dev.wirecheck.check.CheckResult;
import dev.wirecheck.check.DutIdentity;
import dev.wirecheck.check.Outcome;
import dev.wirecheck.check.RuleTally;
import dev.wirecheck.check.Verdict;
import dev.wirecheck.stack.Durations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The summary {@code wirecheck check} prints: who the DUT is and how it was found, rule counts
 * per protocol, then every failing rule (mandatory ones first) with its verdicts' frames and
 * messages, then the inconclusive ones.
 */
public final class TerminalReport {
    /** Verdicts listed per failing rule before "… and N more". */
    static final int SHOWN = 5;

    private TerminalReport() {
    }

    public static String render(CheckResult r) {
        StringBuilder s = new StringBuilder();
        s.append("wirecheck check ").append(r.capture()).append('\n');
        DutIdentity d = r.dut();
        s.append("DUT: ").append(d.mac() == null ? "(MAC unknown)" : d.mac());
        if (!d.addresses().isEmpty()) {
            s.append(' ').append(d.addresses());
        }
        s.append(" — ").append(d.explanation()).append('\n');
        List<RuleTally> tallies = r.tallies();
        s.append(r.framesTotal()).append(" frames, ").append(tallies.size()).append(" rules, deadline ")
                .append(Durations.text(r.deadlineNanos())).append("\n\n");

        s.append(String.format("%-10s %5s %5s %13s %14s%n", "protocol", "PASS", "FAIL", "INCONCLUSIVE", "not exercised"));
        Map<String, int[]> perProtocol = new LinkedHashMap<>();
        for (RuleTally t : tallies) {
            int[] c = perProtocol.computeIfAbsent(t.rule().protocol(), k -> new int[4]);
            Outcome o = t.outcome();
            c[o == null ? 3 : o.ordinal()]++;
        }
        perProtocol.forEach((p, c) -> s.append(String.format("%-10s %5d %5d %13d %14d%n", p, c[0], c[1], c[2], c[3])));
        s.append("(rules per outcome: a rule FAILs if any verdict fails, PASSes if one passes and none fails)\n");

        List<RuleTally> failing = tallies.stream().filter(t -> t.outcome() == Outcome.FAIL)
                .sorted(Comparator.comparing((RuleTally t) -> !t.rule().level().mandatory())).toList();
        if (!failing.isEmpty()) {
            s.append("\nFAILING RULES\n");
            for (RuleTally t : failing) {
                appendRule(s, r, t, Outcome.FAIL);
            }
        }
        List<RuleTally> unsure = tallies.stream().filter(t -> t.outcome() == Outcome.INCONCLUSIVE).toList();
        if (!unsure.isEmpty()) {
            s.append("\nINCONCLUSIVE RULES\n");
            for (RuleTally t : unsure) {
                appendRule(s, r, t, Outcome.INCONCLUSIVE);
            }
        }
        long mustFails = failing.stream().filter(t -> t.rule().level().mandatory()).count();
        s.append('\n').append(mustFails == 0 ? "OK: no MUST-level rule fails"
                : mustFails + " MUST-level rule" + (mustFails == 1 ? "" : "s") + " fail").append(" (")
                .append(failing.size()).append(" failing, ")
                .append(tallies.stream().filter(t -> t.outcome() == Outcome.PASS).count()).append(" passing, ")
                .append(unsure.size()).append(" inconclusive of ").append(tallies.size()).append(" rules)\n");
        return s.toString();
    }

    private static void appendRule(StringBuilder s, CheckResult r, RuleTally t, Outcome outcome) {
        s.append(String.format("  %s %s [%s] %s — %s%n", outcome, t.rule().id(), t.rule().level().text(),
                t.rule().citation(), t.rule().summary()));
        List<Verdict> vs = new ArrayList<>();
        for (Verdict v : r.verdictsOf(t.rule().id())) {
            if (v.outcome() == outcome) {
                vs.add(v);
            }
        }
        for (int i = 0; i < Math.min(SHOWN, vs.size()); i++) {
            Verdict v = vs.get(i);
            String frames = v.frames().isEmpty() ? "" : "frame" + (v.frames().size() == 1 ? " " : "s ")
                    + v.frames().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ": ";
            s.append("      ").append(frames).append(v.message()).append('\n');
        }
        if (vs.size() > SHOWN) {
            s.append("      … and ").append(vs.size() - SHOWN).append(" more\n");
        }
    }
}
