package dev.wirecheck.differential;

import dev.wirecheck.differential.Disagreement.Kind;
import dev.wirecheck.differential.Disagreement.Side;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Layer;
import dev.wirecheck.wire.Malformation;
import dev.wirecheck.wire.MalformationCode.Category;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares dissections of one frame by different parser families and lists every
 * disagreement, typed. Fields are matched by name and by order of appearance (a frame can
 * hold several {@code tcp.option_kind}); two occurrences agree when their canonical
 * values, value types and frame offsets are equal. Malformations are compared per layer by
 * category, since each family names its codes its own way.
 */
public final class DissectionComparator {
    private DissectionComparator() {}

    /** The first dissection is the reference; each other one is compared with it. */
    public static List<Disagreement> compare(List<Dissection> dissections) {
        if (dissections.size() < 2) {
            throw new IllegalArgumentException("need at least two dissections, got " + dissections.size());
        }
        List<Disagreement> out = new ArrayList<>();
        for (int i = 1; i < dissections.size(); i++) {
            out.addAll(compare(dissections.get(0), dissections.get(i)));
        }
        return out;
    }

    public static List<Disagreement> compare(Dissection a, Dissection b) {
        List<Disagreement> out = new ArrayList<>();
        fields(a, b, out);
        malformations(a, b, out);
        return out;
    }

    private record Located(String layer, Field field) {
    }

    private static void fields(Dissection a, Dissection b, List<Disagreement> out) {
        Map<String, List<Located>> fa = byName(a);
        Map<String, List<Located>> fb = byName(b);
        TreeMap<String, Boolean> names = new TreeMap<>();
        fa.keySet().forEach(n -> names.put(n, true));
        fb.keySet().forEach(n -> names.put(n, true));
        long frame = a.frameNumber();
        for (String name : names.keySet()) {
            List<Located> x = fa.getOrDefault(name, List.of());
            List<Located> y = fb.getOrDefault(name, List.of());
            int common = Math.min(x.size(), y.size());
            for (int i = 0; i < common; i++) {
                Field p = x.get(i).field();
                Field q = y.get(i).field();
                boolean sameValue = Objects.equals(p.canonical(), q.canonical()) && p.value().getClass() == q.value().getClass();
                if (!sameValue || p.offset() != q.offset()) {
                    out.add(new Disagreement(frame, sameValue ? Kind.OFFSET_DIFFERS : Kind.VALUE_DIFFERS, x.get(i).layer(),
                            name, side(a, p), side(b, q)));
                }
            }
            if (x.size() != y.size()) {
                // one disagreement per field name, showing the first occurrence only one side has
                boolean leftHasMore = x.size() > y.size();
                Located extra = (leftHasMore ? x : y).get(common);
                Side present = side(leftHasMore ? a : b, extra.field());
                out.add(new Disagreement(frame, Kind.FIELD_MISSING, extra.layer(), name,
                        leftHasMore ? present : Side.absent(a.family()), leftHasMore ? Side.absent(b.family()) : present));
            }
        }
    }

    private static void malformations(Dissection a, Dissection b, List<Disagreement> out) {
        Map<String, TreeSet<Category>> ma = categories(a);
        Map<String, TreeSet<Category>> mb = categories(b);
        TreeSet<String> layers = new TreeSet<>(ma.keySet());
        layers.addAll(mb.keySet());
        for (String layer : layers) {
            TreeSet<Category> x = ma.getOrDefault(layer, new TreeSet<>());
            TreeSet<Category> y = mb.getOrDefault(layer, new TreeSet<>());
            if (!x.equals(y)) {
                Kind kind = x.isEmpty() || y.isEmpty() ? Kind.ACCEPT_REJECT : Kind.MALFORMATIONS_DIFFER;
                out.add(new Disagreement(a.frameNumber(), kind, layer, layer, malformationSide(a, layer, x),
                        malformationSide(b, layer, y)));
            }
        }
    }

    private static Side side(Dissection d, Field f) {
        return new Side(d.family(), f.canonical(), f.offset());
    }

    /** The categories, and the codes and offset of the first malformation, so people can find it. */
    private static Side malformationSide(Dissection d, String layer, TreeSet<Category> categories) {
        if (categories.isEmpty()) {
            return new Side(d.family(), "accepted", -1);
        }
        List<String> codes = new ArrayList<>();
        int offset = -1;
        for (Malformation m : d.malformations()) {
            if (m.layer().equals(layer)) {
                codes.add(m.id());
                offset = offset < 0 ? m.offset() : offset;
            }
        }
        return new Side(d.family(), categories + " " + codes, offset);
    }

    private static Map<String, List<Located>> byName(Dissection d) {
        Map<String, List<Located>> m = new LinkedHashMap<>();
        for (Layer l : d.layers()) {
            for (Field f : l.fields()) {
                m.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(new Located(l.name(), f));
            }
        }
        return m;
    }

    private static Map<String, TreeSet<Category>> categories(Dissection d) {
        Map<String, TreeSet<Category>> m = new TreeMap<>();
        for (Malformation x : d.malformations()) {
            m.computeIfAbsent(x.layer(), k -> new TreeSet<>()).add(x.code().category());
        }
        return m;
    }
}
