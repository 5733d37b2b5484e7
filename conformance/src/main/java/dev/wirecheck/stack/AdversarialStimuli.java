package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;
import dev.wirecheck.stack.tcp.TcpAttacks;

import java.util.List;

/**
 * The classifiers of adversarial stimuli, consulted in order; the first that recognises a frame
 * names it: attacks on the DHCP and DNS clients ({@link AdversarialReplies}), any malformed frame,
 * and TCP blind-attack segments ({@link TcpAttacks}). To let the liveness rule
 * (RFC1122-1.2.2-liveness) treat another kind of frame as an attack, add one entry here.
 */
public final class AdversarialStimuli {
    public static final List<AdversarialStimulus> ALL = List.of(
            AdversarialReplies::classify,
            AdversarialStimuli::malformed,
            TcpAttacks::classify);

    private AdversarialStimuli() {
    }

    /** The same list as an array: the per-frame loop below then allocates no iterator. */
    private static final AdversarialStimulus[] CLASSIFIERS = ALL.toArray(new AdversarialStimulus[0]);

    /** Why the peer frame is adversarial, or null. */
    public static String classify(DecodedFrame f, ReferenceStack stack) {
        for (AdversarialStimulus c : CLASSIFIERS) {
            String why = c.classify(f, stack);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** Any frame the dissector reports malformed, named by its first malformation. */
    static String malformed(DecodedFrame f, ReferenceStack stack) {
        return f.malformed() ? "malformed frame (" + f.problems().get(0).id() + ")" : null;
    }
}
