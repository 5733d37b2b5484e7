package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.wire.DissectionBuilder;
import dev.wirecheck.wire.Problems;

/**
 * What the layer adapters of one frame share: the frame's bytes, the builder the fields
 * go to, and where malformations go. A datagram quoted inside an ICMP error is cut short
 * by design, so its layers are read with a context that discards malformations, as the
 * hand-written dissector does.
 */
final class Ctx {
    final byte[] b;
    final DissectionBuilder out;
    final Problems problems;

    Ctx(byte[] b, DissectionBuilder out, Problems problems) {
        this.b = b;
        this.out = out;
        this.problems = problems;
    }

    /** The same frame and builder, with malformations discarded. */
    Ctx quiet() {
        return new Ctx(b, out, Problems.IGNORE);
    }
}
