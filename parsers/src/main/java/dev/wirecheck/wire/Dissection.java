package dev.wirecheck.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * What one parser family made of one frame: its layers in order, with their fields, and
 * the malformations it found. Every family (hand-written, Kaitai, pcap4j, tshark) produces
 * this same shape, so that they can be compared field by field.
 *
 * @param family which parser family produced it ({@code hand}, {@code kaitai}, …)
 */
public record Dissection(String family, long frameNumber, List<Layer> layers, List<Malformation> malformations) {

    public Dissection {
        layers = List.copyOf(layers);
        malformations = List.copyOf(malformations);
    }

    public boolean has(String layerName) {
        return layer(layerName) != null;
    }

    /** The first layer with that name, or null. */
    public Layer layer(String layerName) {
        for (Layer l : layers) {
            if (l.name().equals(layerName)) {
                return l;
            }
        }
        return null;
    }

    /** The first field with that name in any layer, or null. */
    public Field field(String name) {
        for (Layer l : layers) {
            Field f = l.field(name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Every field with that name, across layers, in frame order. */
    public List<Field> fields(String name) {
        List<Field> out = new ArrayList<>();
        for (Layer l : layers) {
            for (Field f : l.fields()) {
                if (f.name().equals(name)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Shortcut for tests and rules: the number in a field, or the fallback when absent. */
    public long number(String name, long absent) {
        Field f = field(name);
        return f == null || !f.isNumber() ? absent : f.asLong();
    }

    public boolean hasMalformation(String codeId) {
        for (Malformation m : malformations) {
            if (m.id().equals(codeId)) {
                return true;
            }
        }
        return false;
    }

    /** Layer names joined by ':' like tshark's frame.protocols (without the pseudo-layers). */
    public String protocols() {
        StringBuilder s = new StringBuilder();
        for (Layer l : layers) {
            if (s.length() > 0) {
                s.append(':');
            }
            s.append(l.name());
        }
        return s.toString();
    }
}
