package dev.wirecheck.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Where parsers put the malformations they find. One instance is reused from frame to
 * frame, so a well-formed frame allocates nothing here.
 */
public final class Problems {
    /** A collector that keeps nothing, for walks whose defects were reported already. */
    public static final Problems IGNORE = new Problems(false);

    private final ArrayList<Malformation> found = new ArrayList<>(4);
    private final boolean keep;

    public Problems() {
        this(true);
    }

    private Problems(boolean keep) {
        this.keep = keep;
    }

    /**
     * Whether {@link #add} keeps anything. A view reading with {@link #IGNORE} (a quoted
     * datagram, cut short on purpose) checks this before it builds a message string, so
     * that defects nobody keeps cost no allocation on the hot path.
     */
    public boolean enabled() {
        return keep;
    }

    public void add(String layer, int offset, MalformationCode code, String message) {
        if (keep) {
            found.add(new Malformation(layer, offset, code, message));
        }
    }

    public void add(Malformation m) {
        if (keep) {
            found.add(m);
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    public Malformation get(int i) {
        return found.get(i);
    }

    public boolean has(MalformationCode code) {
        for (Malformation m : found) {
            if (m.code() == code) {
                return true;
            }
        }
        return false;
    }

    public void clear() {
        found.clear();
    }

    /** A copy, safe to keep after the next frame reuses this collector. */
    public List<Malformation> toList() {
        return List.copyOf(found);
    }

    @Override
    public String toString() {
        return found.toString();
    }
}
