package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Stimulus;

/** A peer segment that asks the DUT for an answer, and how to recognise the DUT's TCP answer. */
final class SegmentAnswer {
    final Stimulus stimulus;
    final long seq;
    final long ack;
    final int length;

    private SegmentAnswer(DecodedFrame f, Tcp t) {
        stimulus = Stimulus.of(f);
        seq = t.seq();
        ack = t.ack();
        length = t.payloadLength() + (t.syn() ? 1 : 0) + (t.fin() ? 1 : 0);
    }

    static SegmentAnswer of(DecodedFrame f) {
        return new SegmentAnswer(f, f.tcp());
    }

    /** The layers of every frame {@link #answer} accepts, for {@link Expectation#dutKinds}. */
    static final long KINDS = Expectation.kinds(Kind.TCP);

    /** Keys of which every frame {@link #answer} accepts has one, for {@link Expectation#dutKeys}. */
    long[] keys() {
        return stimulus.replyKeys();
    }

    /** The DUT's TCP segment back to the stimulus' address and port, or null. */
    Tcp answer(DecodedFrame d) {
        return d.tcp() != null && stimulus.repliedBy(d) ? d.tcp() : null;
    }
}
