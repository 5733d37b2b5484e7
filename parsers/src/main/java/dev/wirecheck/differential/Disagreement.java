package dev.wirecheck.differential;

/**
 * One way in which two parser families read the same frame differently.
 *
 * @param frame   the frame number
 * @param kind    what sort of difference
 * @param layer   the protocol layer it is in ({@code tcp}, {@code ipv6.hopopts}…)
 * @param subject the field name for field kinds, the layer name for malformation kinds
 * @param left    what the reference family (the first one compared) says
 * @param right   what the other family says
 */
public record Disagreement(long frame, Kind kind, String layer, String subject, Side left, Side right) {

    public enum Kind {
        /** A field one family produced and the other did not (or produced fewer times). */
        FIELD_MISSING,
        /** Both produced the field, with different values (or value types). */
        VALUE_DIFFERS,
        /** Same value, read from a different place in the frame. */
        OFFSET_DIFFERS,
        /** One family found the layer malformed, the other accepted it. */
        ACCEPT_REJECT,
        /** Both found the layer malformed, in different categories. */
        MALFORMATIONS_DIFFER
    }

    /**
     * What one family says: the value (the canonical form of a field, the malformation
     * categories of a layer) and where, or {@link #ABSENT} with offset -1.
     */
    public record Side(String family, String value, int offset) {
        public static final String ABSENT = "(absent)";

        static Side absent(String family) {
            return new Side(family, ABSENT, -1);
        }

        @Override
        public String toString() {
            return family + "=" + value + (offset >= 0 ? "@" + offset : "");
        }
    }

    /** One line for people: {@code frame 12 VALUE_DIFFERS tcp.seq_raw: hand=1@38 pcap4j=2@38}. */
    public String describe() {
        return "frame " + frame + " " + kind + " " + subject + ": " + left + " " + right;
    }
}
