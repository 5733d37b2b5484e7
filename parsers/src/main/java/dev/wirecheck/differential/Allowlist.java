package dev.wirecheck.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wirecheck.differential.Disagreement.Kind;
import dev.wirecheck.wire.Dissection;
import dev.wirecheck.wire.Field;
import dev.wirecheck.wire.Malformation;
import dev.wirecheck.wire.MalformationCode.Category;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The known, deliberate divergences between parser families, read from the one file
 * {@code differential-allowlist.json} (its {@code _doc} says how to write an entry). An
 * entry explains a disagreement when the pair of families, the kind, the layer and the
 * field (or, for malformation kinds, the layer) all match its scope, and its optional
 * {@code when} condition holds on the frame. Nothing else is ignored: a disagreement no
 * entry explains is unexplained, and an entry nothing matches is stale.
 */
public final class Allowlist {
    public static final String RESOURCE = "/differential-allowlist.json";

    /**
     * One known divergence.
     *
     * @param families the two families it is about, in any order
     * @param kinds    the disagreement kinds it covers
     * @param layers   globs on the layer name
     * @param subjects globs on the field name (the layer name for malformation kinds)
     * @param when     empty, or conditions on the frame of which one must hold: {@code field=value}
     *                 (a field of either dissection with that canonical value), {@code malformation:id}
     *                 (either reports that malformation), {@code malformed:layer} (either reports a
     *                 malformation in that layer), {@code layer:name} (either has that layer),
     *                 {@code reference-stricter} (in the disagreement's layer the reference found every
     *                 category of defect the other found), {@code reference-first} (in that layer the
     *                 reference's first malformation comes before the other's, or both begin with the
     *                 same one), {@code malformed-frame} (either reported a
     *                 malformation in the frame) or {@code both-malformed} (both did)
     */
    public record Entry(String id, String reason, Set<String> families, Set<Kind> kinds, List<String> layers,
                        List<String> subjects, List<String> when) {

        public boolean explains(Disagreement d, Dissection a, Dissection b) {
            return families.equals(Set.of(d.left().family(), d.right().family()))
                    && kinds.contains(d.kind())
                    && anyGlob(layers, d.layer())
                    && anyGlob(subjects, d.subject())
                    && (when.isEmpty() || when.stream().anyMatch(c -> holds(c, d, a, b)));
        }

        private static boolean holds(String when, Disagreement dis, Dissection a, Dissection b) {
            if (when.equals(REFERENCE_STRICTER)) {
                return categories(a, dis.layer()).containsAll(categories(b, dis.layer()));
            }
            if (when.equals(REFERENCE_FIRST)) {
                return referenceFirst(a, b, dis.layer());
            }
            if (when.equals(MALFORMED_FRAME)) {
                return !a.malformations().isEmpty() || !b.malformations().isEmpty();
            }
            if (when.equals(BOTH_MALFORMED)) {
                return !a.malformations().isEmpty() && !b.malformations().isEmpty();
            }
            return holds(when, a) || holds(when, b);
        }

        private static boolean holds(String when, Dissection d) {
            if (when.startsWith("layer:")) {
                return d.has(when.substring("layer:".length()));
            }
            if (when.startsWith("malformed:")) {
                String layer = when.substring("malformed:".length());
                return d.malformations().stream().anyMatch(m -> m.layer().equals(layer));
            }
            if (when.startsWith("malformation:")) {
                return d.hasMalformation(when.substring("malformation:".length()));
            }
            int eq = when.indexOf('=');
            String name = when.substring(0, eq);
            String value = when.substring(eq + 1);
            for (Field f : d.fields(name)) {
                if (f.canonical().equals(value)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The {@code when} condition for a layer where the reference family is meant to be the
     * stricter one: it found every category of defect the other family found there (and
     * possibly more).
     */
    static final String REFERENCE_STRICTER = "reference-stricter";

    /**
     * The {@code when} condition for families that stop reading at a defect at different
     * points: either family reported a malformation somewhere in the frame.
     */
    static final String MALFORMED_FRAME = "malformed-frame";

    /**
     * The {@code when} condition for a reference that stops at the first defect while the
     * other family reads on and trips over a consequence: in the disagreement's layer the
     * reference's first malformation lies before the other's, or both begin with the same one.
     */
    static final String REFERENCE_FIRST = "reference-first";

    /**
     * In the layer, the reference's first malformation lies before the other's, or both begin
     * with the same one: the same category (the level at which families must agree; a pointer
     * loop is {@code dns.pointer-loop} in one and {@code dns.pointer-hops-exceeded} in the other)
     * at the same offset. What differs is then only what the other found after it.
     */
    private static boolean referenceFirst(Dissection reference, Dissection other, String layer) {
        Malformation r = first(reference, layer);
        Malformation o = first(other, layer);
        if (r == null) {
            return false;
        }
        return o == null || r.offset() < o.offset()
                || r.offset() == o.offset() && r.code().category() == o.code().category();
    }

    /** The layer's malformation at the lowest offset (the first reported among equals), or null. */
    private static Malformation first(Dissection d, String layer) {
        Malformation first = null;
        for (Malformation m : d.malformations()) {
            if (m.layer().equals(layer) && (first == null || m.offset() < first.offset())) {
                first = m;
            }
        }
        return first;
    }

    /** The {@code when} condition: both families reported a malformation somewhere in the frame. */
    static final String BOTH_MALFORMED = "both-malformed";

    private static Set<Category> categories(Dissection d, String layer) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        d.malformations().stream().filter(m -> m.layer().equals(layer)).forEach(m -> out.add(m.code().category()));
        return out;
    }

    private final List<Entry> entries;

    public Allowlist(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The first entry that explains the disagreement, or null. */
    public Entry explain(Disagreement d, Dissection a, Dissection b) {
        for (Entry e : entries) {
            if (e.explains(d, a, b)) {
                return e;
            }
        }
        return null;
    }

    /** The allowlist shipped with wirecheck. */
    public static Allowlist standard() {
        try (InputStream in = Allowlist.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an allowlist; an entry without id, reason or scope is an error, not a silent wildcard. */
    public static Allowlist parse(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<Entry> out = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (JsonNode n : root.path("entries")) {
            String id = required(n, "id");
            if (!ids.add(id)) {
                throw new IllegalArgumentException("allowlist: entry id '" + id + "' appears twice");
            }
            Set<String> families = Set.copyOf(strings(n, "families", id));
            if (families.size() != 2) {
                throw new IllegalArgumentException("allowlist entry " + id + ": 'families' must name two families");
            }
            EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
            for (String k : strings(n, "kinds", id)) {
                kinds.add(Kind.valueOf(k));
            }
            List<String> when = n.has("when") ? strings(n, "when", id) : List.of();
            for (String c : when) {
                boolean known = c.startsWith("malformation:") || c.startsWith("malformed:") || c.startsWith("layer:")
                        || c.equals(REFERENCE_STRICTER) || c.equals(REFERENCE_FIRST) || c.equals(MALFORMED_FRAME)
                        || c.equals(BOTH_MALFORMED)
                        || c.indexOf('=') > 0;
                if (!known) {
                    throw new IllegalArgumentException("allowlist entry " + id + ": 'when' holds field=value, malformation:id,"
                            + " malformed:layer, layer:name, " + REFERENCE_STRICTER + ", " + REFERENCE_FIRST + ", " + MALFORMED_FRAME
                            + " or " + BOTH_MALFORMED);
                }
            }
            out.add(new Entry(id, required(n, "reason"), families, kinds, strings(n, "layers", id),
                    strings(n, "subjects", id), when));
        }
        return new Allowlist(out);
    }

    private static String required(JsonNode n, String key) {
        String v = n.path(key).asText("");
        if (v.isBlank()) {
            throw new IllegalArgumentException("allowlist entry " + n + ": '" + key + "' is required");
        }
        return v;
    }

    private static List<String> strings(JsonNode n, String key, String id) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : n.path(key)) {
            out.add(s.asText());
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("allowlist entry " + id + ": '" + key + "' must list at least one value");
        }
        return out;
    }

    private static boolean anyGlob(List<String> globs, String text) {
        for (String g : globs) {
            if (glob(g).matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A glob where {@code *} stands for any run of characters, everything else for itself. */
    private static Pattern glob(String g) {
        String[] parts = g.split("\\*", -1);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append(".*");
            }
            re.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString());
    }
}
