package dev.wirecheck.parsers.kaitai;

/**
 * Where an IP layer's payload lies and how to verify its checksum.
 *
 * @param protocol  IP protocol number of the payload (after any IPv6 extension headers)
 * @param offset    frame offset of the payload
 * @param length    payload bytes present
 * @param pseudoSum pseudo-header sum without the length, or {@code Checksums.UNVERIFIABLE}
 * @param overIpv6  whether the payload is carried by IPv6
 */
record Upper(int protocol, int offset, int length, long pseudoSum, boolean overIpv6) {
}
