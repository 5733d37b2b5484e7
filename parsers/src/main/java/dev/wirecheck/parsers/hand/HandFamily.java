package dev.wirecheck.parsers.hand;

import dev.wirecheck.parsers.ParserFamily;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Frame;

/** The hand-written dissector as a {@link ParserFamily}; one dissector per thread. */
public final class HandFamily implements ParserFamily {
    private final ThreadLocal<Dissector> dissectors = ThreadLocal.withInitial(Dissector::new);

    @Override
    public String name() {
        return "hand";
    }

    @Override
    public Dissection dissect(Frame frame) {
        return dissectors.get().dissect(frame).toDissection();
    }
}
