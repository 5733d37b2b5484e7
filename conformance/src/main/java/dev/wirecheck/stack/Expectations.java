package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;

import java.util.ArrayList;
import java.util.List;

/**
 * The pending expectations, in the order they were made. Checking a frame against the
 * deadlines costs one comparison while nothing is due.
 */
public final class Expectations {
    private final List<Expectation> list = new ArrayList<>();
    private long earliest = Long.MAX_VALUE;

    public void add(Expectation e) {
        list.add(e);
        earliest = Math.min(earliest, e.deadline());
    }

    public int size() {
        return list.size();
    }

    /** Judges every expectation whose deadline lies before {@code now}. */
    public void expire(long now, Judge judge) {
        if (now <= earliest) {
            return;
        }
        long next = Long.MAX_VALUE;
        int w = 0;
        for (int r = 0; r < list.size(); r++) {
            Expectation e = list.get(r);
            if (e.deadline() < now) {
                e.expired(judge);
            } else {
                list.set(w++, e);
                next = Math.min(next, e.deadline());
            }
        }
        trim(w);
        earliest = next;
    }

    /** Offers a frame to every pending expectation; drops those it settles. */
    public void offer(DecodedFrame f, boolean fromDut, Judge judge) {
        if (list.isEmpty()) {
            return;
        }
        int w = 0;
        for (int r = 0; r < list.size(); r++) {
            Expectation e = list.get(r);
            boolean settled = fromDut ? e.onDutFrame(f, judge) : e.onPeerFrame(f, judge);
            if (!settled) {
                list.set(w++, e);
            }
        }
        trim(w);
    }

    /** The capture ended at {@code end}: expectations past their deadline expire, the others are unfinished. */
    public void finish(long end, Judge judge) {
        for (Expectation e : list) {
            if (e.deadline() < end) {
                e.expired(judge);
            } else {
                e.unfinished(judge);
            }
        }
        list.clear();
        earliest = Long.MAX_VALUE;
    }

    private void trim(int size) {
        while (list.size() > size) {
            list.remove(list.size() - 1);
        }
    }
}
