package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.MalformationRule;
import dev.wirecheck.rules.Rule;

import static dev.wirecheck.check.Level.MUST;

/** The checksum covers pseudo-header, header and data; the sender MUST generate it (MUST-2). */
@Rule(id = "RFC9293-3.1-checksum", rfc = 9293, section = "3.1", level = MUST, protocol = "TCP",
        summary = "The TCP checksum is correct")
public final class TcpChecksum extends MalformationRule {
    public TcpChecksum() {
        super(Kind.TCP, Tcp.BAD_CHECKSUM_VALUE);
    }
}
