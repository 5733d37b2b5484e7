package dev.wirecheck.check;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.Dissector;
import dev.wirecheck.parsers.hand.Ipv4;
import dev.wirecheck.parsers.hand.Ipv6;
import dev.wirecheck.rules.ConformanceRule;
import dev.wirecheck.stack.Expectation;
import dev.wirecheck.stack.Judge;
import dev.wirecheck.stack.LongMap;
import dev.wirecheck.stack.Net;
import dev.wirecheck.stack.ReferenceStack;
import dev.wirecheck.wire.Frame;

import java.util.List;
import java.util.TreeSet;

/**
 * Walks the frames of one capture in order: dissects each frame once, decides whether the
 * DUT sent it, expires the expectations whose deadline has passed, offers the frame to the
 * pending expectations and to the rules that look at its layers, then lets the reference
 * stack learn from it. Nothing on this path allocates for a frame that breaks no rule.
 */
public final class Engine implements Judge {
    private final Dissector dissector = new Dissector();
    private final ConformanceRule[] rules;
    /**
     * The rules that want a frame, by the frame's layer mask, in catalogue order: made the first
     * time a mask is seen (a capture shows a few dozen), so a frame is handed to the handful of
     * rules that look at its layers without asking all hundred-odd whether they do.
     */
    private final LongMap<ConformanceRule[]> rulesByLayers = new LongMap<>();
    private final ReferenceStack stack;
    private final long deadline;
    private final VerdictSink sink;
    private long frames;
    private long lastTimestamp = Long.MIN_VALUE;

    public Engine(List<ConformanceRule> rules, ReferenceStack stack, long deadlineNanos) {
        this.rules = rules.toArray(new ConformanceRule[0]);
        this.stack = stack;
        this.deadline = deadlineNanos;
        this.sink = new VerdictSink(rules);
    }

    /** Checks one frame; returns whether the DUT sent it. */
    public boolean accept(Frame frame) {
        frames++;
        DecodedFrame f = dissector.dissect(frame);
        long now = frame.timestampNanos();
        lastTimestamp = Math.max(lastTimestamp, now);
        stack.pending().expire(now, this);
        boolean fromDut = fromDut(f);
        long layers = ConformanceRule.layerMask(f);
        stack.pending().offer(f, layers, fromDut, this);
        for (ConformanceRule r : rulesFor(layers)) {
            if (fromDut) {
                r.onDutFrame(f, this);
            } else {
                r.onPeerFrame(f, this);
            }
        }
        stack.observe(f, fromDut);
        return fromDut;
    }

    /** The DUT sent the frame: its source MAC is the DUT's, or (no MAC known) its source IP is. */
    boolean fromDut(DecodedFrame f) {
        long mac = stack.dutMac();
        if (mac >= 0) {
            return f.ethernet() != null && Net.mac(f.bytes(), f.ethernet().srcOffset()) == mac;
        }
        Ipv4 v4 = f.ipv4();
        if (v4 != null) {
            return stack.addresses().isV4(v4.src());
        }
        Ipv6 v6 = f.ipv6();
        return v6 != null && stack.addresses().isV6(f.bytes(), v6.srcOffset());
    }

    private ConformanceRule[] rulesFor(long layers) {
        ConformanceRule[] wanting = rulesByLayers.get(layers);
        if (wanting == null) {
            wanting = java.util.Arrays.stream(rules).filter(r -> r.wants(layers)).toArray(ConformanceRule[]::new);
            rulesByLayers.put(layers, wanting);
        }
        return wanting;
    }

    /** The capture ended: pending expectations and rules with end-of-capture checks are judged. */
    public void finish() {
        stack.pending().finish(lastTimestamp, this);
        for (ConformanceRule r : rules) {
            r.finish(this);
        }
    }

    public long frames() {
        return frames;
    }

    public List<Verdict> verdicts() {
        return sink.verdicts();
    }

    public TreeSet<Long> referencedFrames() {
        return sink.referenced();
    }

    @Override
    public ReferenceStack stack() {
        return stack;
    }

    @Override
    public long deadlineNanos() {
        return deadline;
    }

    @Override
    public void conforms(ConformanceRule rule, long frame) {
        sink.conforms(rule, frame);
    }

    @Override
    public void pass(ConformanceRule rule, String message, long... frames) {
        sink.add(rule, Outcome.PASS, message, null, frames);
    }

    @Override
    public void fail(ConformanceRule rule, String message, Highlight highlight, long... frames) {
        sink.add(rule, Outcome.FAIL, message, highlight, frames);
    }

    @Override
    public void inconclusive(ConformanceRule rule, String message, long... frames) {
        sink.add(rule, Outcome.INCONCLUSIVE, message, null, frames);
    }

    @Override
    public void expect(Expectation expectation) {
        stack.pending().add(expectation);
    }
}
