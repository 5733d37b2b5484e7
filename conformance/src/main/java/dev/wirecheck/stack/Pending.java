package dev.wirecheck.stack;

/**
 * One pending expectation as {@link Expectations} files it: its place in the order expectations
 * were made (verdicts follow that order), what it declared about the frames that concern it,
 * and the bucket it sits in on each side.
 */
final class Pending {
    final Expectation expectation;
    final long seq;
    final long deadline;
    final long dutKinds;
    final long peerKinds;
    /** Null: filed by kinds; else one DUT bucket per key. */
    final long[] dutKeys;
    FrameIndex.Bucket[] dutBuckets;
    FrameIndex.Bucket peerBucket;
    /** Settled, expired or finished: no longer offered anything, dropped from its buckets lazily. */
    boolean done;

    Pending(Expectation e, long seq) {
        this.expectation = e;
        this.seq = seq;
        this.deadline = e.deadline();
        this.dutKinds = e.dutKinds();
        this.peerKinds = e.peerKinds();
        this.dutKeys = e.dutKeys();
    }

    static boolean concerns(long kinds, long layers) {
        return kinds == Expectation.EVERY_FRAME || (kinds & layers) != 0;
    }
}
