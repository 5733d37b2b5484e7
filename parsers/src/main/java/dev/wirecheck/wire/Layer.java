package dev.wirecheck.wire;

import java.util.List;

/**
 * One protocol layer of a dissection: its Wireshark protocol name ({@code eth}, {@code ip},
 * {@code tcp}…), where it starts and how many header bytes it spans, and its fields in
 * the order they appear.
 */
public record Layer(String name, int offset, int length, List<Field> fields) {

    public Layer {
        fields = List.copyOf(fields);
    }

    /** The first field with that name, or null. */
    public Field field(String fieldName) {
        for (Field f : fields) {
            if (f.name().equals(fieldName)) {
                return f;
            }
        }
        return null;
    }
}
