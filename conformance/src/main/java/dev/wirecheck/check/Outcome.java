package dev.wirecheck.check;

/** The outcome of one verdict. */
public enum Outcome {
    /** The frames show the device doing what the rule asks. */
    PASS,
    /** The frames show the device breaking the rule. */
    FAIL,
    /** The capture cannot decide, e.g. it ends before an expectation's deadline. */
    INCONCLUSIVE
}
