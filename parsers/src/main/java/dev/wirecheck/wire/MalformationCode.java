package dev.wirecheck.wire;

/**
 * A kind of malformation. Parsers declare their codes with {@link Code#of}; the id is
 * stable (it appears in JSON, rfc-vectors and finding files) and the category lets two
 * independent parsers be compared even when they name a defect differently.
 */
public sealed interface MalformationCode permits Code {

    /** Stable identifier, {@code <layer>.<kebab-case>}, e.g. {@code ip.ihl-too-small}. */
    String id();

    Category category();

    /** Broad classes of defects, the level at which two parser families must agree. */
    enum Category {
        /** The bytes end before a structure that the headers announce. */
        TRUNCATED,
        /** A length field disagrees with the data or with the protocol's limits. */
        BAD_LENGTH,
        /** A checksum does not verify. */
        BAD_CHECKSUM,
        /** A field holds a value the RFC does not allow. */
        BAD_VALUE,
        /** An option or TLV is malformed. */
        BAD_OPTION,
        /** A bound on work or size that wirecheck imposes was reached (loops, chains). */
        LIMIT
    }
}
