package dev.wirecheck.properties;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Shrinks the choices of a failing example. Each pass proposes edits of the choice
 * sequence (delete a run, zero a run, lower one value, sort a run) and keeps an edit when
 * the regenerated example still fails the same way and its recorded choices are smaller
 * in shortlex order; passes repeat until none helps or the budget of test runs is spent.
 * Nothing here knows the generated types.
 */
final class Shrinker {
    /** What running the property on a candidate gave: its actual choices, and whether it failed. */
    record Outcome(Choices choices, boolean fails) {
    }

    private static final int[] RUNS = {8, 4, 2, 1};

    private final Function<Choices, Outcome> test;
    private final int budget;
    private Choices best;
    private int runs;
    private int improvements;

    Shrinker(Function<Choices, Outcome> test, Choices failing, int budget) {
        this.test = test;
        this.best = failing;
        this.budget = budget;
    }

    Choices shrink() {
        boolean progress = true;
        while (progress && runs < budget) {
            Choices before = best;
            deleteRuns();
            zeroRuns();
            lowerValues();
            sortRuns();
            progress = best.compareTo(before) < 0;
        }
        return best;
    }

    int improvements() {
        return improvements;
    }

    int runs() {
        return runs;
    }

    private void deleteRuns() {
        for (int k : RUNS) {
            for (int i = best.size() - k; i >= 0 && runs < budget; i--) {
                if (i + k <= best.size()) {
                    tryCandidate(best.without(i, k));
                }
            }
        }
    }

    private void zeroRuns() {
        for (int k : RUNS) {
            for (int i = 0; i + k <= best.size() && runs < budget; i++) {
                long[] c = best.copy();
                boolean changed = false;
                for (int j = i; j < i + k; j++) {
                    changed |= c[j] != 0;
                    c[j] = 0;
                }
                if (changed) {
                    tryCandidate(new Choices(c));
                }
            }
        }
    }

    /** Binary search for the smallest value at each position that keeps the failure. */
    private void lowerValues() {
        for (int i = 0; i < best.size() && runs < budget; i++) {
            long lo = 0;
            long hi = best.get(i);
            while (lo < hi && runs < budget && i < best.size()) {
                long mid = lo + (hi - lo) / 2;
                if (tryCandidate(best.with(i, mid))) {
                    hi = i < best.size() ? best.get(i) : 0;
                } else {
                    lo = mid + 1;
                }
            }
        }
    }

    private void sortRuns() {
        for (int k : new int[] {8, 4, 2}) {
            for (int i = 0; i + k <= best.size() && runs < budget; i++) {
                long[] c = best.copy();
                Arrays.sort(c, i, i + k);
                Choices candidate = new Choices(c);
                if (candidate.compareTo(best) < 0) {
                    tryCandidate(candidate);
                }
            }
        }
    }

    /** Runs the candidate; keeps what it actually drew when that still fails and is smaller. */
    private boolean tryCandidate(Choices candidate) {
        runs++;
        Outcome o = test.apply(candidate);
        if (o.fails() && o.choices().compareTo(best) < 0) {
            best = o.choices();
            improvements++;
            return true;
        }
        return false;
    }
}
