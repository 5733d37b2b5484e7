package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The pending expectations. They are judged as if kept in one list in the order they were
 * made: a frame is offered to them in that order, and those due at the same moment expire in
 * that order. But a frame only reaches the expectations that declared they could be concerned
 * by it ({@link Expectation#dutKinds}, {@link Expectation#peerKinds}, {@link Expectation#dutKeys};
 * see {@link FrameIndex}), and deadlines wait in a heap, so a capture with thousands of
 * unanswered requests costs per frame what one with a handful does.
 */
public final class Expectations {
    private static final Comparator<Pending> BY_DEADLINE =
            Comparator.<Pending>comparingLong(p -> p.deadline).thenComparingLong(p -> p.seq);
    private static final Comparator<Pending> BY_SEQ = Comparator.comparingLong(p -> p.seq);

    private final FrameIndex dut = new FrameIndex(true);
    private final FrameIndex peer = new FrameIndex(false);
    /** Every pending expectation, and settled ones whose deadline has not come yet (skipped when it does). */
    private final PriorityQueue<Pending> byDeadline = new PriorityQueue<>(BY_DEADLINE);
    private final List<Pending> due = new ArrayList<>();
    private long made;
    private int size;
    private long offered;

    public void add(Expectation e) {
        Pending p = new Pending(e, made++);
        dut.add(p);
        peer.add(p);
        byDeadline.add(p);
        size++;
    }

    public int size() {
        return size;
    }

    /**
     * How many times a frame was offered to an expectation so far: what the index saves
     * shows here (tests read it; a plain list would offer every frame to every expectation).
     */
    public long offered() {
        return offered;
    }

    /** Judges every expectation whose deadline lies before {@code now}, in the order they were made. */
    public void expire(long now, Judge judge) {
        while (!byDeadline.isEmpty() && byDeadline.peek().deadline < now) {
            Pending p = byDeadline.poll();
            if (!p.done) {
                due.add(p);
            }
        }
        if (due.isEmpty()) {
            return;
        }
        if (due.size() > 1) {
            due.sort(BY_SEQ);
        }
        for (Pending p : due) {
            settled(p);
            p.expectation.expired(judge);
        }
        due.clear();
    }

    /**
     * Offers a frame to the pending expectations it can concern; drops those it settles.
     *
     * @param layers the frame's layers as a mask over {@code DecodedFrame.Kind} ordinals
     */
    public void offer(DecodedFrame f, long layers, boolean fromDut, Judge judge) {
        if (size == 0) {
            return;
        }
        offered += (fromDut ? dut : peer).offer(f, layers, judge, this);
    }

    /** The capture ended at {@code end}: expectations past their deadline expire, the others are unfinished. */
    public void finish(long end, Judge judge) {
        for (Pending p : byDeadline) {
            if (!p.done) {
                due.add(p);
            }
        }
        due.sort(BY_SEQ);
        byDeadline.clear();
        dut.clear();
        peer.clear();
        size = 0;
        for (Pending p : due) {
            p.done = true;
            if (p.deadline < end) {
                p.expectation.expired(judge);
            } else {
                p.expectation.unfinished(judge);
            }
        }
        due.clear();
    }

    /** The expectation gave its verdict (or is about to): no frame is offered to it any more. */
    void settled(Pending p) {
        p.done = true;
        size--;
        dut.removed(p.dutBuckets);
        peer.removed(p.peerBucket);
    }
}
