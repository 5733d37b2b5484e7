package dev.wirecheck.report;

import dev.wirecheck.stack.tcp.TcpState;
import dev.wirecheck.stack.tcp.TcpStatePair;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the ladder writes the DUT's TCP state beside its lane: at a connection's first drawn
 * segment and wherever the state differs from the one last drawn for that connection. Labelling
 * changes only keeps a long ladder light, and comparing with the last drawn frame (not the last
 * frame) keeps a change that falls into a gap from going unseen.
 */
final class DutStateLabels {
    private final Map<String, TcpState> lastDrawn = new HashMap<>();

    /** The state to write for a drawn segment of {@code connection}, or null when the reader already sees it. */
    TcpState labelFor(String connection, TcpStatePair states) {
        if (states == null) {
            return null;
        }
        TcpState before = lastDrawn.put(connection, states.dut());
        return before == states.dut() ? null : states.dut();
    }
}
