package dev.wirecheck.properties;

/**
 * A property that does not hold: carries the seed to replay it, the shrunk and the
 * original counterexample, and the shrunk example's failure as the cause.
 */
public final class PropertyFailure extends AssertionError {
    private final long seed;
    private final Object shrunk;
    private final Object original;
    private final Choices choices;

    PropertyFailure(String message, Throwable cause, long seed, Object shrunk, Object original, Choices choices) {
        super(message, cause);
        this.seed = seed;
        this.shrunk = shrunk;
        this.original = original;
        this.choices = choices;
    }

    public long seed() {
        return seed;
    }

    /** The smallest counterexample found. */
    public Object shrunk() {
        return shrunk;
    }

    /** The counterexample as first generated. */
    public Object original() {
        return original;
    }

    /** The shrunk counterexample's choices. */
    public Choices choices() {
        return choices;
    }
}
