package dev.wirecheck.fuzz;

/**
 * One fuzz target: a name (used for {@code corpora/<name>/}, {@code findings/<name>/},
 * the dictionary file and the command line), the code that runs one input, and where
 * {@code wirecheck import} finds seeds for it in a captured frame.
 *
 * <p>Contract of {@link Body#run}: it returns normally for any input, however malformed
 * (malformations are the parsers' answer to bad bytes). Anything it throws is a finding:
 * a parser's exception, a {@link ContractViolation}, a {@link StackOverflowError}, an
 * {@link OutOfMemoryError}; a run longer than {@link #timeoutSeconds} is one too.
 */
public record FuzzTarget(String name, String summary, Body body, SeedSource seeds) {

    /** Seconds one input may take before libFuzzer reports a timeout. */
    public static final int TIMEOUT_SECONDS = 10;
    /** Memory a fuzzing process may use before libFuzzer reports an out-of-memory (libFuzzer's -rss_limit_mb). */
    public static final int RSS_LIMIT_MB = 2560;
    /** Longest input the fuzzer makes: a jumbo frame, more than any parser here reads. */
    public static final int MAX_INPUT_BYTES = 9216;

    /** Runs one input; throws only on a finding. */
    @FunctionalInterface
    public interface Body {
        void run(byte[] input);
    }

    public int timeoutSeconds() {
        return TIMEOUT_SECONDS;
    }

    /** Resource name of the libFuzzer dictionary of this target. */
    public String dictionaryResource() {
        return "/dev/wirecheck/fuzz/dictionaries/" + Dictionaries.forTarget(name) + ".dict";
    }
}
