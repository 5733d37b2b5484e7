package dev.wirecheck.differential;

import dev.wirecheck.parsers.ParserFamily;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs several parser families on each frame, compares every family with the first (the
 * reference, normally {@code hand}) and sorts each disagreement into explained (with the
 * allowlist entry that explains it) or unexplained. Counts how often each entry was used,
 * so that entries nothing matches any more can be reported as stale.
 */
public final class Differential {
    private final List<ParserFamily> families;
    private final Allowlist allowlist;
    private final Map<String, Long> hits = new LinkedHashMap<>();

    /** A disagreement and the allowlist entry that explains it, or null when none does. */
    public record Finding(Disagreement disagreement, Allowlist.Entry explainedBy) {
        public boolean explained() {
            return explainedBy != null;
        }
    }

    public Differential(List<ParserFamily> families, Allowlist allowlist) {
        if (families.size() < 2) {
            throw new IllegalArgumentException("a differential needs at least two parser families");
        }
        this.families = List.copyOf(families);
        this.allowlist = allowlist;
        allowlist.entries().forEach(e -> hits.put(e.id(), 0L));
    }

    public List<ParserFamily> families() {
        return families;
    }

    public List<Finding> frame(Frame frame) {
        List<Dissection> ds = new ArrayList<>(families.size());
        for (ParserFamily f : families) {
            ds.add(f.dissect(frame));
        }
        return findings(ds);
    }

    /** Compares dissections already made (the first is the reference). */
    public List<Finding> findings(List<Dissection> ds) {
        List<Finding> out = new ArrayList<>();
        Dissection reference = ds.get(0);
        for (int i = 1; i < ds.size(); i++) {
            Dissection other = ds.get(i);
            for (Disagreement d : DissectionComparator.compare(reference, other)) {
                Allowlist.Entry e = allowlist.explain(d, reference, other);
                if (e != null) {
                    hits.merge(e.id(), 1L, Long::sum);
                }
                out.add(new Finding(d, e));
            }
        }
        return out;
    }

    /** How many disagreements each allowlist entry explained so far. */
    public Map<String, Long> hits() {
        return Map.copyOf(hits);
    }

    /**
     * Entries about a pair of the families compared here that explained nothing so far.
     * Entries about another pair cannot match in this run and are not counted.
     */
    public List<Allowlist.Entry> stale() {
        List<String> names = families.stream().map(ParserFamily::name).toList();
        String reference = names.get(0);
        List<Allowlist.Entry> out = new ArrayList<>();
        for (Allowlist.Entry e : allowlist.entries()) {
            boolean comparedHere = e.families().contains(reference) && names.containsAll(e.families());
            if (comparedHere && hits.get(e.id()) == 0) {
                out.add(e);
            }
        }
        return out;
    }
}
