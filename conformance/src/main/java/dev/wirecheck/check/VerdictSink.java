package dev.wirecheck.check;

import dev.wirecheck.rules.ConformanceRule;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects verdicts per rule, with bounded memory: per-frame conformance is counted (one
 * PASS verdict per rule at the end), and past {@link #KEPT} verdicts of one rule and outcome
 * the rest are counted into one closing verdict.
 */
final class VerdictSink {
    static final int KEPT = 500;

    private static final class PerRule {
        final RuleInfo info;
        final List<Verdict> kept = new ArrayList<>();
        final int[] keptByOutcome = new int[3];
        final int[] dropped = new int[3];
        long conforming;
        long firstConforming = -1, lastConforming = -1;

        PerRule(RuleInfo info) {
            this.info = info;
        }
    }

    private final PerRule[] byRule;
    private final TreeSet<Long> referenced = new TreeSet<>();

    VerdictSink(List<ConformanceRule> rules) {
        byRule = new PerRule[rules.size()];
        for (int i = 0; i < byRule.length; i++) {
            rules.get(i).bind(i);
            byRule[i] = new PerRule(rules.get(i).info());
        }
    }

    void conforms(ConformanceRule rule, long frame) {
        PerRule p = byRule[rule.index()];
        if (p.conforming++ == 0) {
            p.firstConforming = frame;
            referenced.add(frame);
        }
        p.lastConforming = frame;
    }

    void add(ConformanceRule rule, Outcome outcome, String message, Highlight highlight, long[] frames) {
        PerRule p = byRule[rule.index()];
        int o = outcome.ordinal();
        if (p.keptByOutcome[o] == KEPT) {
            p.dropped[o]++;
            return;
        }
        p.keptByOutcome[o]++;
        List<Long> list = new ArrayList<>(frames.length);
        for (long f : frames) {
            list.add(f);
            referenced.add(f);
        }
        p.kept.add(new Verdict(p.info, outcome, list, message, highlight == null ? List.of() : List.of(highlight)));
    }

    /** Frames some verdict names (the reports show their bytes). */
    TreeSet<Long> referenced() {
        return referenced;
    }

    List<Verdict> verdicts() {
        List<Verdict> out = new ArrayList<>();
        for (PerRule p : byRule) {
            if (p.conforming > 0) {
                referenced.add(p.lastConforming);
                String range = p.firstConforming == p.lastConforming ? "frame " + p.firstConforming
                        : "frames " + p.firstConforming + "–" + p.lastConforming;
                out.add(new Verdict(p.info, Outcome.PASS,
                        p.firstConforming == p.lastConforming ? List.of(p.firstConforming)
                                : List.of(p.firstConforming, p.lastConforming),
                        p.conforming + " DUT frame" + (p.conforming == 1 ? "" : "s") + " conform (" + range + ")"));
            }
            out.addAll(p.kept);
            for (Outcome o : Outcome.values()) {
                int n = p.dropped[o.ordinal()];
                if (n > 0) {
                    out.add(new Verdict(p.info, o, List.of(), "and " + n + " more " + o + " verdicts of this rule, not listed"));
                }
            }
        }
        return out;
    }
}
