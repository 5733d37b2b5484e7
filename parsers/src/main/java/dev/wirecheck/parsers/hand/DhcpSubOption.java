package dev.wirecheck.parsers.hand;

import dev.wirecheck.wire.Octets;

/** One sub-option of the relay agent information option 82 (RFC 3046 §2.0): 1 circuit id, 2 remote id, … */
public record DhcpSubOption(int code, Octets value) {
    public static final int CIRCUIT_ID = 1, REMOTE_ID = 2;
}
