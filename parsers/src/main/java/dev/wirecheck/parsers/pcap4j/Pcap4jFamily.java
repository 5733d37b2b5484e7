package dev.wirecheck.parsers.pcap4j;

import dev.wirecheck.parsers.ParserFamily;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.Frame;
import dev.wirecheck.wire.Problems;

/**
 * pcap4j's packet factory (the static one, pure Java, no libpcap) as a {@link ParserFamily}:
 * the third opinion the differential comparator holds against the hand-written and Kaitai
 * families. pcap4j builds its object tree; the adapters in this package read that tree
 * through pcap4j's getters only, and name the fields the way the hand family does.
 *
 * <p>pcap4j signals bad bytes in three ways, and all three become malformations here:
 * {@code IllegalRawDataException} at the top, {@code IllegalPacket} (or an illegal option)
 * nested inside, and plain runtime exceptions from its own bugs. None escapes.
 */
public final class Pcap4jFamily implements ParserFamily {
    static {
        quietLogging();
    }

    /**
     * pcap4j logs through SLF4J 1.7, which prints three lines on standard error when no
     * logging backend is on the class path (wirecheck ships none). Those lines would break
     * the CLI's one-line errors, so SLF4J is initialised once here with standard error
     * muted; it then settles on its no-operation logger, as it would anyway.
     */
    private static void quietLogging() {
        java.io.PrintStream err = System.err;
        try {
            System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            org.slf4j.LoggerFactory.getILoggerFactory();
        } finally {
            System.setErr(err);
        }
    }

    @Override
    public String name() {
        return "pcap4j";
    }

    @Override
    public Dissection dissect(Frame frame) {
        DissectionBuilder out = new DissectionBuilder();
        Problems problems = new Problems();
        PacketWalk walk = new PacketWalk(frame.data(), out, problems);
        try {
            walk.frame(frame.linkType());
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(walk.currentLayer(), walk.currentOffset(), Pcap4jFailures.EXCEPTION, e.toString());
        }
        out.malformations(problems.toList());
        return out.build(name(), frame.number());
    }
}
