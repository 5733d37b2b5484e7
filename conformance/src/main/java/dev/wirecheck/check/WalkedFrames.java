package dev.wirecheck.check;

import dev.wirecheck.wire.Frame;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The frames of the check's walk and whether the DUT sent each, kept while the capture has at
 * most {@code limit} frames: then every frame goes into the report and these are its records,
 * without walking and dissecting the capture a second time. Past the limit it keeps nothing
 * (the reports then get only the frames verdicts name, found by a walk of their own).
 */
final class WalkedFrames {
    private final int limit;
    private final List<Frame> frames = new ArrayList<>();
    private final BitSet fromDut = new BitSet();
    private boolean overflowed;

    WalkedFrames(int limit) {
        this.limit = limit;
    }

    void add(Frame frame, boolean sentByDut) {
        if (overflowed) {
            return;
        }
        if (frames.size() == limit) {
            overflowed = true;
            frames.clear();
            fromDut.clear();
            return;
        }
        if (sentByDut) {
            fromDut.set(frames.size());
        }
        frames.add(frame);
    }

    /** True when every frame of the walk is here. */
    boolean complete() {
        return !overflowed;
    }

    int size() {
        return frames.size();
    }

    Frame frame(int index) {
        return frames.get(index);
    }

    boolean fromDut(int index) {
        return fromDut.get(index);
    }
}
