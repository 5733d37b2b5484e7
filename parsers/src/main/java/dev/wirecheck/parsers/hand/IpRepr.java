package dev.wirecheck.parsers.hand;

/** An IP header (v4 or v6) that can supply the pseudo-header sum for what it carries. */
public interface IpRepr extends HeaderRepr {

    /**
     * The pseudo-header sum (RFC 768, RFC 9293 §3.1 for IPv4; RFC 8200 §8.1 for IPv6)
     * for an upper-layer message of {@code upperLength} bytes of {@code protocol}, with
     * this header written at {@code out[at]}.
     */
    long pseudoHeaderSum(byte[] out, int at, int protocol, int upperLength);
}
