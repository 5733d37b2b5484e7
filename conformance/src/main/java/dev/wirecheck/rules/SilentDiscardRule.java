package dev.wirecheck.rules;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.Stimulus;

/**
 * A rule that a kind of defective packet is silently discarded: when a peer sends one to the
 * DUT, nothing the DUT sends before the deadline may answer it (no reply, no ICMP error).
 */
public abstract class SilentDiscardRule extends ConformanceRule {
    private final String what;

    /** @param what the defect, for messages ("a bad IPv4 header checksum") */
    protected SilentDiscardRule(String what, Kind... kinds) {
        super(kinds);
        this.what = what;
    }

    /** Whether this peer frame is a stimulus of the kind the rule is about, sent to the DUT. */
    protected abstract boolean isStimulus(DecodedFrame f, Judge judge);

    @Override
    public void onPeerFrame(DecodedFrame f, Judge judge) {
        if (!isStimulus(f, judge)) {
            return;
        }
        Stimulus s = Stimulus.of(f);
        judge.expect(new Expectation.Silence(this, Frames.number(f), Frames.deadline(f, judge),
                "the DUT answered a packet with " + what) {
            @Override
            protected boolean isAnswer(DecodedFrame d) {
                return s.answeredBy(d);
            }
        }.concerning(s.answerKinds(), s.answerKeys()));
    }
}
