package dev.wirecheck.check;

import java.util.List;
import java.util.Objects;

/**
 * One judgement of one rule: the outcome, the frames it rests on (1-based capture frame numbers,
 * the stimulus first when there is one), a message for a human, and optionally the offending
 * bytes.
 */
public record Verdict(RuleInfo rule, Outcome outcome, List<Long> frames, String message, List<Highlight> highlights) {

    public Verdict {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        frames = List.copyOf(frames);
        message = message == null ? "" : message;
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }

    public Verdict(RuleInfo rule, Outcome outcome, List<Long> frames, String message) {
        this(rule, outcome, frames, message, List.of());
    }

    public boolean failed() {
        return outcome == Outcome.FAIL;
    }
}
