package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.rules.ConformanceRule;

/**
 * What a conforming device must (or must not) send after a stimulus, before a deadline. The
 * checker offers later DUT frames (those it can concern, see below) to each pending expectation
 * until it settles; an expectation still pending when its deadline passes is judged by
 * {@link #expired}, and one still pending when the capture ends before its deadline by
 * {@link #unfinished}.
 *
 * <p>An expectation may say which frames can concern it ({@link #dutKinds}, {@link #peerKinds},
 * {@link #dutKeys}); {@link Expectations} then offers it only those, so thousands of unanswered
 * stimuli do not make every frame cost thousands of calls. A declaration must be exact: a frame
 * it excludes would have left the expectation pending, with no verdict and no other effect.
 */
public abstract class Expectation {
    /** Kind mask meaning "every frame, whatever layers it has" (what an expectation declaring nothing gets). */
    public static final long EVERY_FRAME = -1L;
    /** Kind mask meaning "no frame". */
    public static final long NO_FRAME = 0L;

    protected final ConformanceRule rule;
    /** The frame that created the expectation. */
    protected final long stimulus;
    private final long deadline;
    private long declaredDutKinds = EVERY_FRAME;
    private long[] declaredDutKeys;
    private long declaredPeerKinds = EVERY_FRAME;

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

    /** The kind mask over {@link Kind} ordinals, for {@link #dutKinds} and {@link #peerKinds}. */
    public static long kinds(Kind... kinds) {
        return ConformanceRule.mask(kinds);
    }

    /**
     * Declares, where the expectation is made and before it is added, which DUT frames can
     * concern it: the {@link #dutKinds} and {@link #dutKeys} it answers unless a subclass
     * overrides them. One call, so that the anonymous expectations of the rules need not each
     * override both.
     */
    public final Expectation concerning(long kinds, long[] keys) {
        declaredDutKinds = kinds;
        declaredDutKeys = keys;
        return this;
    }

    /**
     * Declares, before the expectation is added, that only frames with one of these layers can
     * concern it, from the DUT and (when the class looks at peer frames) from the peer alike.
     */
    public final Expectation concerningOnly(long kinds) {
        declaredDutKinds = kinds;
        declaredDutKeys = null;
        declaredPeerKinds = kinds;
        return this;
    }

    /**
     * The layers a DUT frame must have one of to concern this expectation, as a mask over
     * {@link Kind} ordinals ({@link #kinds}); read once, when the expectation is added.
     * By default what {@link #concerning} declared, else {@link #EVERY_FRAME}.
     */
    protected long dutKinds() {
        return declaredDutKinds;
    }

    /**
     * As {@link #dutKinds} for peer frames. By default {@link #NO_FRAME} when the class keeps
     * {@link #onPeerFrame} as it is here (it settles nothing), else what {@link #concerningOnly}
     * declared, else {@link #EVERY_FRAME}.
     */
    protected long peerKinds() {
        return PeerFrames.overridden(getClass()) ? declaredPeerKinds : NO_FRAME;
    }

    /**
     * Keys ({@link AnswerKeys}) of which every DUT frame that can concern this expectation
     * carries at least one, or null (the default): the kinds alone decide. With keys, only DUT
     * frames sharing one (and having one of the {@link #dutKinds}) are offered. By default what
     * {@link #concerning} declared.
     */
    protected long[] dutKeys() {
        return declaredDutKeys;
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
