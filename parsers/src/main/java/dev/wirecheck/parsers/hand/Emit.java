package dev.wirecheck.parsers.hand;

/**
 * How a {@code …Repr} is serialised. Lengths are always computed from what is built;
 * checksums are computed unless {@code checksums} is false, in which case the checksum
 * fields are left zero (for tests and fuzzers that set them by hand).
 */
public record Emit(boolean checksums) {
    public static final Emit DEFAULT = new Emit(true);
    public static final Emit NO_CHECKSUMS = new Emit(false);
}
