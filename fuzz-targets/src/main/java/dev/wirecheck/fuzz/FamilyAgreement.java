package dev.wirecheck.fuzz;

import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Layer;
import dev.wirecheck.wire.Malformation;
import dev.wirecheck.wire.MalformationCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Do two dissections of one frame agree? For every field name both produce, the values
 * (canonical form, type) and offsets in frame order are equal; per layer, the categories
 * of malformations are equal. Layers only one family implements yet are left out.
 *
 * <p>The same rule as the parsers' test comparator; to be replaced by
 * {@code dev.wirecheck.differential} once that lands (see docs/fuzzing.md).
 */
final class FamilyAgreement {
    /** Application layers the hand-written family does not dissect yet (branch dhcp-dns). */
    static final Set<String> ONE_FAMILY_ONLY = Set.of("dhcp", "dns");

    private FamilyAgreement() {}

    /** The first disagreement, or null when they agree. */
    static String firstDisagreement(Dissection a, Dissection b) {
        Map<String, List<Field>> fa = fieldsByName(a);
        Map<String, List<Field>> fb = fieldsByName(b);
        for (Map.Entry<String, List<Field>> e : fa.entrySet()) {
            List<Field> other = fb.get(e.getKey());
            if (other == null) {
                continue;
            }
            List<Field> mine = e.getValue();
            for (int i = 0; i < Math.max(mine.size(), other.size()); i++) {
                Field x = i < mine.size() ? mine.get(i) : null;
                Field y = i < other.size() ? other.get(i) : null;
                if (!same(x, y)) {
                    return "field " + e.getKey() + "[" + i + "]: " + a.family() + "=" + show(x) + ", " + b.family()
                            + "=" + show(y);
                }
            }
        }
        Map<String, Set<MalformationCode.Category>> ma = categories(a);
        Map<String, Set<MalformationCode.Category>> mb = categories(b);
        Set<String> layers = new java.util.TreeSet<>(ma.keySet());
        layers.addAll(mb.keySet());
        layers.removeAll(ONE_FAMILY_ONLY);
        for (String layer : layers) {
            Set<MalformationCode.Category> x = ma.getOrDefault(layer, Collections.emptySet());
            Set<MalformationCode.Category> y = mb.getOrDefault(layer, Collections.emptySet());
            if (!x.equals(y)) {
                return "malformations of layer " + layer + ": " + a.family() + "=" + a.malformations() + ", "
                        + b.family() + "=" + b.malformations();
            }
        }
        return null;
    }

    private static boolean same(Field x, Field y) {
        return x != null && y != null && x.canonical().equals(y.canonical())
                && x.value().getClass() == y.value().getClass() && x.offset() == y.offset();
    }

    private static String show(Field f) {
        return f == null ? "(absent)" : f.canonical() + "@" + f.offset();
    }

    private static Map<String, List<Field>> fieldsByName(Dissection d) {
        Map<String, List<Field>> m = new LinkedHashMap<>();
        for (Layer l : d.layers()) {
            if (ONE_FAMILY_ONLY.contains(l.name())) {
                continue;
            }
            for (Field f : l.fields()) {
                m.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
            }
        }
        return m;
    }

    private static Map<String, Set<MalformationCode.Category>> categories(Dissection d) {
        Map<String, Set<MalformationCode.Category>> m = new TreeMap<>();
        for (Malformation x : d.malformations()) {
            m.computeIfAbsent(x.layer(), k -> EnumSet.noneOf(MalformationCode.Category.class)).add(x.code().category());
        }
        return m;
    }
}
