package dev.wirecheck.wire;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one implementation of {@link MalformationCode}: parsers declare their codes as
 * constants ({@code static final MalformationCode IHL_TOO_SMALL = Code.of("ip", "ihl-too-small", BAD_VALUE)}),
 * and every code declared is listed in a registry, so the catalogue can be printed and a
 * code id read back from JSON.
 */
public record Code(String id, Category category) implements MalformationCode {
    private static final Map<String, Code> REGISTRY = Collections.synchronizedMap(new TreeMap<>());

    public static Code of(String layer, String name, Category category) {
        Code c = new Code(layer + "." + name, category);
        Code before = REGISTRY.putIfAbsent(c.id, c);
        if (before != null && before.category != category) {
            throw new IllegalStateException("code " + c.id + " declared twice with different categories");
        }
        return before != null ? before : c;
    }

    /** The code with that id, if its class has been loaded; null otherwise. */
    public static Code byId(String id) {
        return REGISTRY.get(id);
    }

    public static Collection<Code> all() {
        synchronized (REGISTRY) {
            return java.util.List.copyOf(REGISTRY.values());
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
