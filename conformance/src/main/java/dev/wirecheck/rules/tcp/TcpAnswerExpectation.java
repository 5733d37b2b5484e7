package dev.wirecheck.rules.tcp;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Tcp;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.rules.Frames;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.tcp.TcpConnection;

/**
 * Waits, until the deadline, for the DUT's TCP segments back on the connection of a peer segment;
 * the subclass judges each of them. Shared by the rules that judge how the DUT answers one peer
 * segment of a synchronised connection (challenge ACKs, FIN acknowledgement, out-of-window RST).
 */
abstract class TcpAnswerExpectation extends Expectation {
    private final SegmentAnswer segment;

    TcpAnswerExpectation(ConformanceRule rule, DecodedFrame peerSegment, Judge judge) {
        super(rule, Frames.number(peerSegment), Frames.deadline(peerSegment, judge));
        segment = SegmentAnswer.of(peerSegment);
    }

    /**
     * The connection of a clean peer TCP segment when it is in a synchronised state (RFC 9293
     * §3.5.2 group 3), else null: the segments these rules judge.
     */
    static TcpConnection synchronisedConnection(DecodedFrame f, Judge judge) {
        Tcp t = f.tcp();
        if (t == null || t.headerLength() == 0 || !Frames.clean(f)) {
            return null;
        }
        TcpConnection c = judge.stack().tcp().connection(f, false);
        return c != null && c.state().synchronised() ? c : null;
    }

    /** The peer segment's sequence number. */
    final long peerSeq() {
        return segment.seq;
    }

    @Override
    protected final long dutKinds() {
        return SegmentAnswer.KINDS;
    }

    @Override
    protected final long[] dutKeys() {
        return segment.keys();
    }

    @Override
    public final boolean onDutFrame(DecodedFrame d, Judge judge) {
        Tcp answer = segment.answer(d);
        return answer != null && onAnswer(answer, Frames.number(d), judge);
    }

    /** Judges one DUT segment back on the connection; true when it settles the expectation. */
    abstract boolean onAnswer(Tcp answer, long frame, Judge judge);
}
