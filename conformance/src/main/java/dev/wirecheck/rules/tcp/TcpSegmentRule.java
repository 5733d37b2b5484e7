package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.tcp.TcpConnection;

/**
 * A rule judging each well-formed segment the DUT sends on a connection the tracker follows,
 * against the connection as it stood before the segment. Subclasses answer one question:
 * what is wrong with this segment (null when nothing).
 */
abstract class TcpSegmentRule extends ConformanceRule {
    TcpSegmentRule() {
        super(Kind.TCP);
    }

    /** Why the segment breaks the rule, or null; {@code c} is never null. */
    abstract String violation(Tcp t, TcpConnection c);

    /** Whether the rule has anything to judge in this segment (by default: every segment). */
    boolean applies(Tcp t, TcpConnection c) {
        return true;
    }

    @Override
    public final void onDutFrame(DecodedFrame f, Judge judge) {
        Tcp t = f.tcp();
        if (t == null || t.headerLength() == 0 || !Frames.clean(f)) {
            return;
        }
        TcpConnection c = judge.stack().tcp().connection(f, true);
        if (c == null || !applies(t, c)) {
            return;
        }
        String why = violation(t, c);
        if (why == null) {
            judge.conforms(this, Frames.number(f));
        } else {
            judge.fail(this, why, Frames.mark(f, t.payloadOffset() - t.headerLength(), t.headerLength()), Frames.number(f));
        }
    }
}
