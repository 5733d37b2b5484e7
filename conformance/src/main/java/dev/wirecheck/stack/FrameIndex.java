package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;

import java.util.Arrays;

/**
 * The pending expectations of one side (DUT frames or peer frames), filed so that a frame is
 * offered only to those that declared they could be concerned by it: one bucket per declared
 * kind mask, and on the DUT side one bucket per answer key for expectations that declared keys.
 * Each bucket keeps its expectations in the order they were made; {@link #offer} merges the
 * buckets that match a frame in that order (an expectation filed under two of the frame's keys
 * is offered once), so verdicts come out exactly as a walk over one list would give them.
 */
final class FrameIndex {
    /** Expectations in the order they were made; finished ones stay until enough pile up. */
    static final class Bucket {
        final long mask;
        final boolean keyed;
        final long key;
        Pending[] items = new Pending[4];
        int size;
        int live;
        boolean walking;

        Bucket(long mask, boolean keyed, long key) {
            this.mask = mask;
            this.keyed = keyed;
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
            int dead = size - live;
            if (walking || dead == 0 || (live > 0 && (dead <= live || dead < 16))) {
                return false;
            }
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
    }

    private final boolean dutSide;
    private Bucket[] byMask = new Bucket[4];
    private int maskCount;
    private final LongMap<Bucket> byKey = new LongMap<>();
    // the merge's working state, reused for every frame
    private final long[] frameKeys = new long[AnswerKeys.MAX];
    private Bucket[] open = new Bucket[4];
    private int[] at = new int[4];
    private int[] end = new int[4];

    FrameIndex(boolean dutSide) {
        this.dutSide = dutSide;
    }

    void add(Pending p) {
        if (!dutSide) {
            if (p.peerKinds != Expectation.NO_FRAME) {
                p.peerBucket = maskBucket(p.peerKinds);
                p.peerBucket.append(p);
            }
            return;
        }
        if (p.dutKinds == Expectation.NO_FRAME) {
            return;
        }
        if (p.dutKeys == null) {
            p.dutBuckets = new Bucket[] {maskBucket(p.dutKinds)};
        } else {
            Bucket[] buckets = new Bucket[p.dutKeys.length];
            int n = 0;
            for (long key : p.dutKeys) {
                Bucket b = keyBucket(key);
                if (!Arrays.asList(buckets).subList(0, n).contains(b)) { // a key named twice: filed once
                    buckets[n++] = b;
                }
            }
            p.dutBuckets = Arrays.copyOf(buckets, n);
        }
        for (Bucket b : p.dutBuckets) {
            b.append(p);
        }
    }

    /** The entry is done: its buckets count one live entry less and may tidy up. */
    void removed(Bucket[] buckets) {
        if (buckets != null) {
            for (Bucket b : buckets) {
                removed(b);
            }
        }
    }

    void removed(Bucket b) {
        if (b != null) {
            b.live--;
            tidy(b);
        }
    }

    /**
     * Offers the frame to the expectations concerned by it, in the order they were made, and
     * tells {@code owner} of each one the frame settles. Expectations added while the frame is
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
        if (byKey.size() > 0) {
            int n = AnswerKeys.of(f, frameKeys);
            if (byKey.get(AnswerKeys.TO_RESOLVED_V4) != null) { // asks the DNS model only when someone waits for it
                n = AnswerKeys.resolvedDestination(f, judge.stack().dns(), frameKeys, n);
            }
            for (int i = 0; i < n; i++) {
                Bucket b = byKey.get(frameKeys[i]);
                if (b != null && b.live > 0 && !b.walking) {
                    k = open(b, k);
                }
            }
        }
        int offered = 0;
        long last = -1;
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
            if (next.seq == last || (next.dutKeys != null && dutSide && !Pending.concerns(next.dutKinds, layers))) {
                continue; // met again under another of the frame's keys; or a key bucket mixes kinds
            }
            last = next.seq;
            offered++;
            Expectation e = next.expectation;
            if (dutSide ? e.onDutFrame(f, judge) : e.onPeerFrame(f, judge)) {
                owner.settled(next);
            }
        }
        for (int i = 0; i < k; i++) {
            open[i].walking = false;
            tidy(open[i]);
            open[i] = null;
        }
        return offered;
    }

    /** Forgets everything (the capture ended). */
    void clear() {
        Arrays.fill(byMask, null);
        maskCount = 0;
        byKey.clear();
    }

    private int open(Bucket b, int k) {
        if (k == open.length) {
            open = Arrays.copyOf(open, k * 2);
            at = Arrays.copyOf(at, k * 2);
            end = Arrays.copyOf(end, k * 2);
        }
        b.walking = true;
        open[k] = b;
        at[k] = 0;
        end[k] = b.size;
        return k + 1;
    }

    /** Compacts the bucket when worth it (not while it is walked); an emptied key bucket leaves the map. */
    private void tidy(Bucket b) {
        if (b.compactIfWorthIt() && b.live == 0 && b.keyed && byKey.get(b.key) == b) {
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
        Bucket b = new Bucket(kinds, false, 0);
        byMask[maskCount++] = b;
        return b;
    }

    private Bucket keyBucket(long key) {
        Bucket b = byKey.get(key);
        if (b == null) {
            b = new Bucket(Expectation.EVERY_FRAME, true, key);
            byKey.put(key, b);
        }
        return b;
    }
}
