package dev.wirecheck.stack;

import dev.wirecheck.parsers.hand.DecodedFrame;

/**
 * Whether an expectation class overrides {@link Expectation#onPeerFrame}: one that does not
 * can never be settled by a peer frame, so it need not be offered any. Asked once per class
 * (anonymous classes included) and remembered.
 */
final class PeerFrames {
    private static final ClassValue<Boolean> OVERRIDDEN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("onPeerFrame", DecodedFrame.class, Judge.class).getDeclaringClass()
                        != Expectation.class;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("Expectation.onPeerFrame is public", e);
            }
        }
    };

    private PeerFrames() {
    }

    static boolean overridden(Class<? extends Expectation> type) {
        return OVERRIDDEN.get(type);
    }
}
