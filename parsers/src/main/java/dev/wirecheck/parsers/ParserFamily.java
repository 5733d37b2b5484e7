package dev.wirecheck.parsers;

import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;

/**
 * One independent implementation of the dissector: hand-written, Kaitai-generated,
 * pcap4j's packet factory (and tshark in tests). Each turns a frame into the common
 * {@link Dissection} with Wireshark field names, so the differential comparator can put
 * them side by side.
 *
 * <p>Contract: {@link #dissect} never throws, whatever the bytes; a family that cannot
 * read something reports a malformation instead.
 */
public interface ParserFamily {

    /** Short name used on the command line and in reports: {@code hand}, {@code kaitai}, {@code pcap4j}. */
    String name();

    Dissection dissect(Frame frame);
}
