package dev.wirecheck.check;

/**
 * A requirement level of RFC 2119 (and RFC 8174), kept as the RFC writes it: a rule citing
 * "SHALL" says SHALL, not MUST, so a reader can find the sentence.
 */
public enum Level {
    MUST("MUST"), MUST_NOT("MUST NOT"), REQUIRED("REQUIRED"), SHALL("SHALL"), SHALL_NOT("SHALL NOT"),
    SHOULD("SHOULD"), SHOULD_NOT("SHOULD NOT"), RECOMMENDED("RECOMMENDED"), NOT_RECOMMENDED("NOT RECOMMENDED"),
    MAY("MAY"), OPTIONAL("OPTIONAL");

    private final String text;

    Level(String text) {
        this.text = text;
    }

    /** The keyword as printed in the RFC, e.g. {@code MUST NOT}. */
    public String text() {
        return text;
    }

    /**
     * True for an absolute requirement or prohibition (RFC 2119 §1–2: MUST, REQUIRED, SHALL and
     * their negations). A failing mandatory rule makes {@code wirecheck check} exit with status 1.
     */
    public boolean mandatory() {
        return switch (this) {
            case MUST, MUST_NOT, REQUIRED, SHALL, SHALL_NOT -> true;
            default -> false;
        };
    }

    /** Parses the printed keyword ({@code "MUST NOT"}) or the constant name ({@code MUST_NOT}). */
    public static Level parse(String s) {
        String key = s.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
        return Level.valueOf(key);
    }

    @Override
    public String toString() {
        return text;
    }
}
