package dev.wirecheck.parsers;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The parser families on the class path, found with {@link ServiceLoader} (each module
 * lists its family in {@code META-INF/services/dev.wirecheck.parsers.ParserFamily}), so
 * the comparator and the commands need no compile-time knowledge of each family.
 */
public final class ParserFamilies {
    private ParserFamilies() {}

    public static List<ParserFamily> all() {
        List<ParserFamily> out = new ArrayList<>();
        for (ParserFamily f : ServiceLoader.load(ParserFamily.class)) {
            out.add(f);
        }
        return out;
    }

    public static List<String> names() {
        return all().stream().map(ParserFamily::name).toList();
    }

    /** The family with that name; an IllegalArgumentException listing the known names otherwise. */
    public static ParserFamily byName(String name) {
        for (ParserFamily f : all()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no parser family '" + name + "' (known: " + String.join(", ", names()) + ")");
    }
}
