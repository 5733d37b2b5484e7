package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.rules.ConformanceRule;

/**
 * What a conforming device must (or must not) send after a stimulus, before a deadline. The
 * checker offers every later DUT frame to each pending expectation until it settles; an
 * expectation still pending when its deadline passes is judged by {@link #expired}, and one
 * still pending when the capture ends before its deadline by {@link #unfinished}.
 */
public abstract class Expectation {
    protected final ConformanceRule rule;
    /** The frame that created the expectation. */
    protected final long stimulus;
    private final long deadline;

    protected Expectation(ConformanceRule rule, long stimulus, long deadline) {
        this.rule = rule;
        this.stimulus = stimulus;
        this.deadline = deadline;
    }

    public final long deadline() {
        return deadline;
    }

    public final ConformanceRule rule() {
        return rule;
    }

    /** Looks at a frame the DUT sent; returns true when that settles the expectation (verdict given). */
    public abstract boolean onDutFrame(DecodedFrame f, Judge judge);

    /** Looks at a peer frame; returns true when it settles the expectation (e.g. a newer stimulus replaces it). */
    public boolean onPeerFrame(DecodedFrame f, Judge judge) {
        return false;
    }

    /** The deadline passed and nothing settled the expectation. */
    public abstract void expired(Judge judge);

    /** The capture ended before the deadline. */
    public void unfinished(Judge judge) {
        judge.inconclusive(rule, "the capture ends before the deadline of the expectation set by frame " + stimulus,
                stimulus);
    }

    /** A device that must answer: the first answering frame is judged, silence fails. */
    public abstract static class Answer extends Expectation {
        private final String awaited;

        protected Answer(ConformanceRule rule, long stimulus, long deadline, String awaited) {
            super(rule, stimulus, deadline);
            this.awaited = awaited;
        }

        /** Whether this DUT frame is the awaited answer. */
        protected abstract boolean isAnswer(DecodedFrame f);

        /** Judges the answer; by default its arrival is a PASS. */
        protected void judge(DecodedFrame answer, Judge judge) {
            judge.pass(rule, awaited + " in frame " + answer.frame().number(), stimulus, answer.frame().number());
        }

        @Override
        public final boolean onDutFrame(DecodedFrame f, Judge judge) {
            if (!isAnswer(f)) {
                return false;
            }
            judge(f, judge);
            return true;
        }

        @Override
        public void expired(Judge judge) {
            judge.fail(rule, "no " + awaited + " within " + Durations.text(judge.deadlineNanos())
                    + " of frame " + stimulus, null, stimulus);
        }
    }

    /** A device that must stay silent: any answering frame fails, silence until the deadline passes. */
    public abstract static class Silence extends Expectation {
        private final String forbidden;

        protected Silence(ConformanceRule rule, long stimulus, long deadline, String forbidden) {
            super(rule, stimulus, deadline);
            this.forbidden = forbidden;
        }

        protected abstract boolean isAnswer(DecodedFrame f);

        @Override
        public final boolean onDutFrame(DecodedFrame f, Judge judge) {
            if (!isAnswer(f)) {
                return false;
            }
            judge.fail(rule, forbidden + ": frame " + f.frame().number() + " answers frame " + stimulus, null,
                    stimulus, f.frame().number());
            return true;
        }

        @Override
        public void expired(Judge judge) {
            judge.pass(rule, "no answer to frame " + stimulus + " within " + Durations.text(judge.deadlineNanos()),
                    stimulus);
        }
    }
}
