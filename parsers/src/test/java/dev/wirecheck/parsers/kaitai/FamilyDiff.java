package dev.wirecheck.parsers.kaitai;

import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Layer;
import dev.wirecheck.wire.Malformation;
import dev.wirecheck.wire.MalformationCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A small comparator of two dissections of one frame, for these tests only (the general
 * comparator lives elsewhere): for every field name both produce, the lists of canonical
 * values in frame order must be equal, with the same value types and frame offsets; and per layer name, the sets of malformation
 * categories must be equal. Returns one line per disagreement.
 */
final class FamilyDiff {
    /**
     * Layers where the hand family is meant to be the strict one (DHCP and DNS, the parsers
     * behind Ripple20, Amnesia:33 and NAME:WRECK): every category of defect the Kaitai family
     * finds there the hand family must find too, but the hand family also checks what the
     * Kaitai specs do not (typed option lengths, duplicates, overload, count mismatches,
     * forward pointers…), so its categories may be a superset.
     */
    static final Set<String> HAND_STRICTER = Set.of("dhcp", "dns");

    /**
     * Fields only the hand family decodes; the Kaitai adapters keep these options and record
     * types as raw bytes ({@code dhcp.option.value}, or no field past {@code dns.resp.len}).
     */
    static final Set<String> HAND_ONLY_FIELDS = Set.of("dhcp.option.option_overload", "dhcp.option.vendor_class_id",
            "dhcp.option.classless_static_route", "dns.mx.preference", "dns.mx.mail_exchange", "dns.txt",
            "dns.txt.length", "dns.soa.mname", "dns.soa.rname", "dns.soa.serial_number", "dns.soa.refresh_interval",
            "dns.soa.retry_interval", "dns.soa.expire_limit", "dns.soa.minimum_ttl", "dns.srv.priority",
            "dns.srv.weight", "dns.srv.port", "dns.srv.target");

    private FamilyDiff() {}

    static List<String> compare(String where, Dissection a, Dissection b) {
        List<String> out = new ArrayList<>();
        Set<String> skip = malformedStrictLayers(a, b);
        Map<String, List<Field>> fa = fieldsByName(a, skip);
        Map<String, List<Field>> fb = fieldsByName(b, skip);
        for (Map.Entry<String, List<Field>> e : fa.entrySet()) {
            List<Field> other = fb.get(e.getKey());
            if (other == null) {
                continue;
            }
            List<Field> mine = e.getValue();
            int n = Math.max(mine.size(), other.size());
            for (int i = 0; i < n; i++) {
                Field x = i < mine.size() ? mine.get(i) : null;
                Field y = i < other.size() ? other.get(i) : null;
                if (x == null || y == null || !Objects.equals(x.canonical(), y.canonical())
                        || x.value().getClass() != y.value().getClass() || x.offset() != y.offset()) {
                    out.add(where + ": field " + e.getKey() + "[" + i + "]: " + a.family() + "=" + show(x) + " "
                            + b.family() + "=" + show(y));
                    break;
                }
            }
        }
        Map<String, TreeSet<MalformationCode.Category>> ma = categories(a);
        Map<String, TreeSet<MalformationCode.Category>> mb = categories(b);
        TreeSet<String> layers = new TreeSet<>(ma.keySet());
        layers.addAll(mb.keySet());
        for (String layer : layers) {
            var x = ma.getOrDefault(layer, new TreeSet<>());
            var y = mb.getOrDefault(layer, new TreeSet<>());
            boolean agree = HAND_STRICTER.contains(layer) ? strictCovers(a, x, y) : x.equals(y);
            if (!agree) {
                out.add(where + ": malformation categories of layer " + layer + ": " + a.family() + "=" + x + " "
                        + a.malformations() + " " + b.family() + "=" + y + " " + b.malformations());
            }
        }
        return out;
    }

    /** In a layer where the hand family is the strict one: it found every category the other found. */
    private static boolean strictCovers(Dissection a, TreeSet<MalformationCode.Category> x,
                                        TreeSet<MalformationCode.Category> y) {
        return a.family().equals("hand") ? x.containsAll(y) : y.containsAll(x);
    }

    /**
     * Fields of {@code a} absent (by name) from {@code b}, within the layers both dissected:
     * what {@code b} cannot produce. A layer only one family dissects (an application that
     * the other does not implement yet) is not counted.
     */
    static List<String> missing(Dissection a, Dissection b) {
        Set<String> skip = malformedStrictLayers(a, b);
        Map<String, List<Field>> fb = fieldsByName(b, skip);
        List<String> out = new ArrayList<>();
        for (Layer l : a.layers()) {
            if (!b.has(l.name()) || skip.contains(l.name())) {
                continue;
            }
            for (Field f : l.fields()) {
                boolean handOnly = a.family().equals("hand") && HAND_ONLY_FIELDS.contains(f.name());
                if (!handOnly && !fb.containsKey(f.name()) && !out.contains(f.name())) {
                    out.add(f.name());
                }
            }
        }
        return out;
    }

    private static String show(Field f) {
        return f == null ? "(absent)" : f.canonical() + "@" + f.offset() + "+" + f.length();
    }

    /**
     * The {@link #HAND_STRICTER} layers in which either family found a malformation. Their
     * fields are not compared: what a parser shows of a name that loops, points forward or
     * overflows is an artefact of where it stops (the hand family stops at the first defect,
     * the Kaitai spec follows pointers up to its hop limit), and the malformation categories
     * are what must agree there. On the captures and every well-formed vector these layers
     * are clean, so all their fields are compared.
     */
    static Set<String> malformedStrictLayers(Dissection a, Dissection b) {
        Set<String> out = new TreeSet<>();
        for (Dissection d : List.of(a, b)) {
            for (Malformation m : d.malformations()) {
                if (HAND_STRICTER.contains(m.layer())) {
                    out.add(m.layer());
                }
            }
        }
        return out;
    }

    private static Map<String, List<Field>> fieldsByName(Dissection d, Set<String> skipLayers) {
        Map<String, List<Field>> m = new LinkedHashMap<>();
        for (Layer l : d.layers()) {
            if (skipLayers.contains(l.name())) {
                continue;
            }
            for (Field f : l.fields()) {
                m.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
            }
        }
        return m;
    }

    private static Map<String, TreeSet<MalformationCode.Category>> categories(Dissection d) {
        Map<String, TreeSet<MalformationCode.Category>> m = new TreeMap<>();
        for (Malformation x : d.malformations()) {
            m.computeIfAbsent(x.layer(), k -> new TreeSet<>()).add(x.code().category());
        }
        return m;
    }
}
