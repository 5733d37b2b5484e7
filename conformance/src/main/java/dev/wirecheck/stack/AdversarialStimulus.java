package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;

/**
 * Recognises a peer frame meant to hurt the DUT (a malformed frame, a blind-attack TCP segment, a
 * malformed DHCP or DNS answer), after which the DUT must still answer ordinary requests. Called
 * for every peer frame before the reference stack learns from it, so it reads the state as the
 * DUT had it when the frame arrived. Implementations answer with a constant text for the frames
 * they recognise and null for all others, allocating nothing for ordinary frames.
 * {@link AdversarialStimuli#ALL} lists the classifiers the liveness rule consults; a protocol
 * model adds its own there.
 */
@FunctionalInterface
public interface AdversarialStimulus {
    /** Why the peer frame is adversarial, or null when it is not (as far as this classifier knows). */
    String classify(DecodedFrame f, ReferenceStack stack);
}
