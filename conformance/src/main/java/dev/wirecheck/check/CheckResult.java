package dev.wirecheck.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one {@code wirecheck check} run found, for the reports to render.
 *
 * @param capture     the capture file checked
 * @param dut         the device under test and how it was identified
 * @param deadlineNanos how long an expectation waited for the device's answer
 * @param framesTotal frames in the capture
 * @param frames      frames kept for the reports, in capture order: all of them for ordinary
 *                    captures, and always every frame a verdict names
 * @param rules       the catalogue the capture was checked against, in catalogue order
 * @param verdicts    every verdict, in the order they were reached
 */
public record CheckResult(Path capture, DutIdentity dut, long deadlineNanos, long framesTotal,
                          List<FrameRecord> frames, List<RuleInfo> rules, List<Verdict> verdicts) {

    public CheckResult {
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(dut, "dut");
        frames = List.copyOf(frames);
        rules = List.copyOf(rules);
        verdicts = List.copyOf(verdicts);
    }

    /** Verdict counts per outcome over all rules. */
    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            m.put(o, 0);
        }
        for (Verdict v : verdicts) {
            m.merge(v.outcome(), 1, Integer::sum);
        }
        return m;
    }

    /** One tally per catalogue rule, in catalogue order (rules no verdict names included). */
    public List<RuleTally> tallies() {
        Map<String, int[]> n = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            n.put(r.id(), new int[3]);
        }
        for (Verdict v : verdicts) {
            n.computeIfAbsent(v.rule().id(), k -> new int[3])[v.outcome().ordinal()]++;
        }
        List<RuleTally> out = new ArrayList<>();
        for (RuleInfo r : allRules()) {
            int[] c = n.get(r.id());
            out.add(new RuleTally(r, c[Outcome.PASS.ordinal()], c[Outcome.FAIL.ordinal()], c[Outcome.INCONCLUSIVE.ordinal()]));
        }
        return out;
    }

    /** The verdicts of one rule, in order. */
    public List<Verdict> verdictsOf(String ruleId) {
        return verdicts.stream().filter(v -> v.rule().id().equals(ruleId)).toList();
    }

    /** True when a mandatory (MUST / MUST NOT / SHALL / REQUIRED) rule failed: {@code check} then exits 1. */
    public boolean mandatoryFailed() {
        return verdicts.stream().anyMatch(v -> v.failed() && v.rule().level().mandatory());
    }

    /** The kept frame with this number, if kept. */
    public Optional<FrameRecord> frame(long number) {
        int lo = 0, hi = frames.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long n = frames.get(mid).number();
            if (n == number) {
                return Optional.of(frames.get(mid));
            }
            if (n < number) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.empty();
    }

    /** The catalogue plus any rule that reached a verdict without being listed (kept, not lost). */
    private List<RuleInfo> allRules() {
        Map<String, RuleInfo> all = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            all.put(r.id(), r);
        }
        for (Verdict v : verdicts) {
            all.putIfAbsent(v.rule().id(), v.rule());
        }
        return List.copyOf(all.values());
    }
}
