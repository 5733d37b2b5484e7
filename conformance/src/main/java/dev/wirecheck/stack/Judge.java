package dev.wirecheck.stack;

import dev.wirecheck.check.Highlight;
import dev.wirecheck.rules.ConformanceRule;

/**
 * What a rule may do while the checker walks a capture: read the reference stack, record
 * verdicts, and leave expectations about the device's next frames.
 */
public interface Judge {
    ReferenceStack stack();

    /** How long a conforming device gets to answer, in nanoseconds. */
    long deadlineNanos();

    /**
     * One more DUT frame conforms to a per-frame rule. Counted, not stored: a capture of a
     * million frames yields one PASS verdict per rule naming the first and last frame.
     */
    void conforms(ConformanceRule rule, long frame);

    void pass(ConformanceRule rule, String message, long... frames);

    /** {@code highlight} marks the offending bytes in the frame it names, or is null. */
    void fail(ConformanceRule rule, String message, Highlight highlight, long... frames);

    void inconclusive(ConformanceRule rule, String message, long... frames);

    void expect(Expectation expectation);
}
