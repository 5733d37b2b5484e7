package dev.wirecheck.properties;

/**
 * Thrown when an example cannot be made (a filter that never passed, an assumption that
 * failed, or a generator that drew more than {@link Source#MAX_DRAWS} choices). The
 * runner discards that example; it is not a failure of the property.
 */
public final class Rejected extends RuntimeException {
    Rejected(String why) {
        super(why, null, false, false);
    }
}
