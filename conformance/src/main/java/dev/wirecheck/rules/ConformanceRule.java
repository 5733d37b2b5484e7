package dev.wirecheck.rules;

import dev.wirecheck.check.RuleInfo;
import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.parsers.hand.DecodedFrame.Kind;
import dev.wirecheck.stack.Judge;

/**
 * One conformance rule. Its citation comes from the {@link Rule} annotation on the class; the
 * kinds of layer it looks at decide which frames the checker hands it, so a rule about ARP
 * never sees a TCP segment. A rule instance lives for one check and may keep state.
 */
public abstract class ConformanceRule {
    private final RuleInfo info;
    private final long kindMask;
    private int index = -1;

    /**
     * Each rule class's citation, read from its annotation once: every check makes every rule anew,
     * and reading six annotation values through a proxy for each was a tenth of checking a capture
     * of a few frames.
     */
    private static final ClassValue<RuleInfo> CITATIONS = new ClassValue<>() {
        @Override
        protected RuleInfo computeValue(Class<?> type) {
            Rule r = type.getAnnotation(Rule.class);
            if (r == null) {
                throw new IllegalStateException(type.getName() + " has no @Rule citation");
            }
            return new RuleInfo(r.id(), r.rfc(), r.section(), r.level(), r.summary(), r.protocol());
        }
    };

    protected ConformanceRule(Kind... kinds) {
        info = CITATIONS.get(getClass());
        kindMask = mask(kinds);
    }

    /** A bit mask over {@link Kind} ordinals: the encoding of {@link #layerMask} and {@link #wants}. */
    public static long mask(Kind... kinds) {
        long m = 0;
        for (Kind k : kinds) {
            m |= 1L << k.ordinal();
        }
        return m;
    }

    public final RuleInfo info() {
        return info;
    }

    /** The rule's position in the check that runs it (lets the checker keep per-rule state in arrays). */
    public final int index() {
        return index;
    }

    /** Called once by the checker before the walk. */
    public final void bind(int position) {
        if (index >= 0 && index != position) {
            throw new IllegalStateException(info.id() + " is already bound to another check; make fresh rules per check");
        }
        index = position;
    }

    /** The layers present in a frame as a bit mask, in the encoding {@link #wants} takes. */
    public static long layerMask(DecodedFrame f) {
        return f.layerMask();
    }

    /** True when a frame with these layers concerns the rule. */
    public final boolean wants(long layers) {
        return (layers & kindMask) != 0;
    }

    /** A frame the DUT sent. */
    public void onDutFrame(DecodedFrame f, Judge judge) {
    }

    /** A frame some other station sent. */
    public void onPeerFrame(DecodedFrame f, Judge judge) {
    }

    /** The capture ended. */
    public void finish(Judge judge) {
    }

    @Override
    public String toString() {
        return info.id();
    }
}
