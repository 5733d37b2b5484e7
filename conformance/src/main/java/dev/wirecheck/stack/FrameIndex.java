package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;

import java.util.Arrays;

/**
 * The pending expectations of one side (DUT frames or peer frames), filed so that a frame is
 * offered only to those that declared they could be concerned by it: one bucket per declared
 * kind mask, and for expectations with a flow key one bucket per key. Each bucket keeps its
 * expectations in the order they were made; {@link #offer} merges the buckets that match a
 * frame in that order, so verdicts come out exactly as a walk over one list would give them.
 */
final class FrameIndex {
    /** Expectations in the order they were made; finished ones stay until enough pile up. */
    static final class Bucket {
        final long mask;
        final long key;
        Pending[] items = new Pending[4];
        int size;
        int live;
        boolean iterating;

        Bucket(long mask, long key) {
            this.mask = mask;
            this.key = key;
        }

        void append(Pending p) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = p;
            live++;
        }

        /** Drops finished entries once they outnumber the live ones: amortised O(1) per entry. */
        boolean compactIfWorthIt() {
            if (iterating) {
                return false;
            }
            int dead = size - live;
            if (live == 0 || (dead > live && dead >= 16)) {
                int w = 0;
                for (int r = 0; r < size; r++) {
                    if (!items[r].done) {
                        items[w++] = items[r];
                    }
                }
                Arrays.fill(items, w, size, null);
                size = w;
                return true;
            }
            return false;
        }
    }

    private final boolean dutSide;
    private Bucket[] byMask = new Bucket[4];
    private int maskCount;
    private final LongMap<Bucket> byKey = new LongMap<>();
    // the merge's working state, reused for every frame
    private Bucket[] open = new Bucket[4];
    private int[] at = new int[4];
    private int[] end = new int[4];

    FrameIndex(boolean dutSide) {
        this.dutSide = dutSide;
    }

    void add(Pending p) {
        long kinds = dutSide ? p.dutKinds : p.peerKinds;
        if (kinds == Expectation.NO_FRAME) {
            return;
        }
        long key = dutSide ? p.dutKey : Expectation.NO_KEY;
        Bucket b = key == Expectation.NO_KEY ? maskBucket(kinds) : keyBucket(key);
        b.append(p);
        if (dutSide) {
            p.dutBucket = b;
        } else {
            p.peerBucket = b;
        }
    }

    /** The entry is done: its bucket counts one live entry less and may tidy up. */
    void removed(Bucket b) {
        if (b != null) {
            b.live--;
            tidy(b);
        }
    }

    /**
     * Offers the frame to the expectations concerned by it, in the order they were made; calls
     * {@code settle} for each one that the frame settles. Expectations added while the frame is
     * offered are not offered this frame. Returns how many expectations were offered the frame.
     */
    int offer(DecodedFrame f, long layers, Judge judge, Expectations owner) {
        int k = 0;
        for (int i = 0; i < maskCount; i++) {
            Bucket b = byMask[i];
            if (b.live > 0 && Pending.concerns(b.mask, layers)) {
                k = open(b, k);
            }
        }
        long key = byKey.size() > 0 ? ReplyKey.of(f) : Expectation.NO_KEY;
        if (key != Expectation.NO_KEY) {
            Bucket b = byKey.get(key);
            if (b != null && b.live > 0) {
                k = open(b, k);
            }
        }
        int offered = 0;
        while (true) {
            Pending next = null;
            int from = -1;
            for (int i = 0; i < k; i++) {
                Bucket b = open[i];
                while (at[i] < end[i] && b.items[at[i]].done) {
                    at[i]++;
                }
                if (at[i] < end[i] && (next == null || b.items[at[i]].seq < next.seq)) {
                    next = b.items[at[i]];
                    from = i;
                }
            }
            if (next == null) {
                break;
            }
            at[from]++;
            if (dutSide && next.dutKey != Expectation.NO_KEY && !Pending.concerns(next.dutKinds, layers)) {
                continue; // a keyed bucket mixes kind masks: check the entry's own
            }
            offered++;
            Expectation e = next.expectation;
            if (dutSide ? e.onDutFrame(f, judge) : e.onPeerFrame(f, judge)) {
                owner.settled(next);
            }
        }
        for (int i = 0; i < k; i++) {
            open[i].iterating = false;
            tidy(open[i]);
            open[i] = null;
        }
        return offered;
    }

    /** Forgets everything (the capture ended). */
    void clear() {
        for (int i = 0; i < maskCount; i++) {
            byMask[i] = null;
        }
        maskCount = 0;
        byKey.clear();
    }

    private int open(Bucket b, int k) {
        if (k == open.length) {
            open = Arrays.copyOf(open, k * 2);
            at = Arrays.copyOf(at, k * 2);
            end = Arrays.copyOf(end, k * 2);
        }
        b.iterating = true;
        open[k] = b;
        at[k] = 0;
        end[k] = b.size;
        return k + 1;
    }

    /** Compacts the bucket when worth it (not while it is walked); an emptied key bucket leaves the map. */
    private void tidy(Bucket b) {
        if (b.compactIfWorthIt() && b.live == 0 && b.key != Expectation.NO_KEY) {
            byKey.remove(b.key);
        }
    }

    private Bucket maskBucket(long kinds) {
        for (int i = 0; i < maskCount; i++) {
            if (byMask[i].mask == kinds) {
                return byMask[i];
            }
        }
        if (maskCount == byMask.length) {
            byMask = Arrays.copyOf(byMask, maskCount * 2);
        }
        Bucket b = new Bucket(kinds, Expectation.NO_KEY);
        byMask[maskCount++] = b;
        return b;
    }

    private Bucket keyBucket(long key) {
        Bucket b = byKey.get(key);
        if (b == null) {
            b = new Bucket(Expectation.EVERY_FRAME, key);
            byKey.put(key, b);
        }
        return b;
    }
}
