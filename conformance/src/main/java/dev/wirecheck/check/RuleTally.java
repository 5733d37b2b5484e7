package dev.wirecheck.check;

/**
 * How one rule fared over a capture: its verdict counts and the outcome that sums them up (FAIL if
 * any verdict failed, else PASS if any passed, else INCONCLUSIVE if any; {@code null} when the
 * capture never exercised the rule).
 */
public record RuleTally(RuleInfo rule, int pass, int fail, int inconclusive) {

    public int total() {
        return pass + fail + inconclusive;
    }

    /** The rule's overall outcome, or null when no verdict names it (not applicable to this capture). */
    public Outcome outcome() {
        if (fail > 0) {
            return Outcome.FAIL;
        }
        if (pass > 0) {
            return Outcome.PASS;
        }
        return inconclusive > 0 ? Outcome.INCONCLUSIVE : null;
    }
}
