package dev.wirecheck.check;

/**
 * A requirement level of RFC 2119 (and RFC 8174), kept as the RFC writes it: a rule citing
 * "SHALL" says SHALL, not MUST, so a reader can find the sentence.
 *
 * <p>Two cases have no upper-case keyword to copy. RFCs that do not adopt RFC 2119 (RFC 768,
 * 791, 792, 826, 4291, 8200) write requirements with a lower-case "must" / "should"; those are
 * recorded with the keyword they spell ({@link #MUST}, {@link #SHOULD}, ...). A requirement the
 * RFC states as plain fact, with no keyword at all ("All IGMP messages described in this document
 * are sent with IP TTL 1", RFC 2236 §2; RFC 9293's event processing "causes a RST to be sent"), is
 * {@link #NO_KEYWORD}: printed as "no keyword" so nobody goes looking for a MUST that is not
 * there, and judged as mandatory because the sentence defines the protocol and grants no
 * latitude (docs/rule-citations.md explains the choice).
 */
public enum Level {
    MUST("MUST"), MUST_NOT("MUST NOT"), REQUIRED("REQUIRED"), SHALL("SHALL"), SHALL_NOT("SHALL NOT"),
    SHOULD("SHOULD"), SHOULD_NOT("SHOULD NOT"), RECOMMENDED("RECOMMENDED"), NOT_RECOMMENDED("NOT RECOMMENDED"),
    MAY("MAY"), OPTIONAL("OPTIONAL"),
    /** The RFC states the behaviour without an RFC 2119 keyword; see the class comment. */
    NO_KEYWORD("no keyword");

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
     * their negations) and for a requirement stated without a keyword, which leaves no more
     * latitude than a MUST. A failing mandatory rule makes {@code wirecheck check} exit with status 1.
     */
    public boolean mandatory() {
        return switch (this) {
            case MUST, MUST_NOT, REQUIRED, SHALL, SHALL_NOT, NO_KEYWORD -> true;
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
